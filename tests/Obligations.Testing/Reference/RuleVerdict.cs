namespace Obligations.Testing.Reference;

/// <summary>
/// What a reference says about one rule: the statuses it allows (one when it decides the status) and, when
/// <see cref="DecidesDeadline"/>, the deadline (null: the rule reports none).
/// </summary>
public sealed record RuleVerdict(string Rule, IReadOnlySet<string> Statuses, DateTimeOffset? Deadline, bool DecidesDeadline)
{
    public static RuleVerdict Exactly(string rule, string status, DateTimeOffset? deadline) =>
        new(rule, new HashSet<string> { status }, deadline, DecidesDeadline: true);
}
