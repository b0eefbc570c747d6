using Obligations.Runtime.Coverage;

namespace Obligations.Cli.Coverage;

/// <summary>
/// Coverage mapped to .obl lines, for line-based formats: a line holding conditions was run by the cases that
/// evaluated any of them, and each condition on it contributes two branches, held and failed.
/// </summary>
internal sealed record CoverageLine(int Line, int Hits, IReadOnlyList<ConditionCoverage> Conditions)
{
    public int Branches => 2 * Conditions.Count;

    public int BranchesCovered => Conditions.Sum(c => c.OutcomesSeen);
}

/// <summary>A rule or consequence as a "function": its declaration line and the cases in which it applied.</summary>
internal sealed record CoverageFunction(string Name, int Line, int Hits);

internal sealed record CoverageFile(string Path, IReadOnlyList<CoverageLine> Lines, IReadOnlyList<CoverageFunction> Functions)
{
    public static IReadOnlyList<CoverageFile> Of(RuleSetCoverage report)
    {
        var functions = report.Rules.Select(r => (r.Rule.Span.Path, Function: new CoverageFunction(r.Rule.Name, r.Rule.Span.Line,
                r.Reached.Where(s => s.Status != "not_applicable").Sum(s => s.Cases))))
            .Concat(report.Consequences.Select(c => (c.Consequence.Span.Path, Function: new CoverageFunction(c.Consequence.Name, c.Consequence.Span.Line,
                c.Reached.Where(s => s.Status != "not_triggered").Sum(s => s.Cases)))))
            .ToLookup(f => f.Path, f => f.Function);
        var paths = report.Conditions.Select(c => c.Condition.Span.Path).Concat(functions.Select(g => g.Key)).Distinct().Order(StringComparer.Ordinal);
        return paths.Select(path => new CoverageFile(path,
            report.Conditions.Where(c => c.Condition.Span.Path == path)
                .GroupBy(c => c.Condition.Span.Line)
                .OrderBy(g => g.Key)
                .Select(g => new CoverageLine(g.Key, g.Max(c => c.Held + c.Failed), g.ToList()))
                .ToList(),
            functions[path].OrderBy(f => f.Line).ToList())).ToList();
    }
}
