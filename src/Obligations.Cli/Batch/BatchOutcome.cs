namespace Obligations.Cli.Batch;

/// <summary>
/// The result of one record: statuses (as the runtime's enum values) and deadlines in UTC ticks (-1: none) of every
/// rule, statuses of every consequence; or an error with the JSON path it concerns (empty for evaluation failures).
/// </summary>
public sealed class BatchOutcome
{
    public required long Line { get; init; }

    public DateTimeOffset Now { get; init; }

    public byte[] RuleStatuses { get; init; } = [];

    public long[] Deadlines { get; init; } = [];

    public byte[] ConsequenceStatuses { get; init; } = [];

    public string? ErrorPath { get; init; }

    public string? Error { get; init; }

    /// <summary>True when the facts did not fit (exit 2); false for a failure inside the evaluation (exit 1).</summary>
    public bool BadFacts { get; init; }
}
