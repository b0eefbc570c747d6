using Obligations.Runtime;
using Obligations.Runtime.Explanations;

namespace Obligations.Cli.Output.Reports;

/// <summary>
/// One evaluated case for a report: where it came from, its description, its facts as JSON, the result and its
/// explanation; for <c>oblc test</c>, the differences from what the case expects (null outside a test run).
/// </summary>
public sealed record CaseReport(string CasePath, string? Description, string FactsJson, EvaluationResult? Result, Explanation? Explanation)
{
    public IReadOnlyList<string>? Failures { get; init; }

    public bool Passed => Failures is null or { Count: 0 };
}
