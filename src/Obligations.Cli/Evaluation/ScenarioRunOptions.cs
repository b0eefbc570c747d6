using Obligations.Runtime.Hosting;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// Which scenario cases <see cref="ScenarioRunner"/> runs and what it reports: a line per case, a filter on the case
/// path, a single case file, and a callback per case (reports use it to explain each case).
/// </summary>
public sealed record ScenarioRunOptions
{
    public static ScenarioRunOptions Default { get; } = new();

    /// <summary>Write "ok" or "FAILED" and the case path for every case, not only the failures.</summary>
    public bool PerCase { get; init; }

    /// <summary>Run only the cases whose path contains this text (case-insensitive).</summary>
    public string? Filter { get; init; }

    /// <summary>Run only this case file (a full path).</summary>
    public string? Only { get; init; }

    /// <summary>Called after each case with the evaluator, the case's display path, its JSON and its failures.</summary>
    public Action<EvaluatorHost, string, string, IReadOnlyList<string>>? OnCase { get; init; }

    public bool Selects(string casePath) =>
        (Only is null || string.Equals(Path.GetFullPath(casePath), Only, StringComparison.Ordinal))
        && (Filter is null || Obligations.Semantics.SourceFiles.DisplayPath(casePath).Contains(Filter, StringComparison.OrdinalIgnoreCase));
}
