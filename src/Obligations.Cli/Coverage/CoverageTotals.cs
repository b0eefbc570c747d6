using Obligations.Runtime.Coverage;

namespace Obligations.Cli.Coverage;

/// <summary>The figures over every rule set of a run; <c>--min-coverage</c> compares with <see cref="Conditions"/>.</summary>
public sealed record CoverageTotals(CoverageFigure Conditions, CoverageFigure Statuses, int RulesNeverBreached, int ConsequencesNeverApplied)
{
    public static CoverageTotals Of(IEnumerable<RuleSetCoverage> reports)
    {
        var list = reports.ToList();
        return new CoverageTotals(
            list.Aggregate(new CoverageFigure(0, 0), (sum, r) => sum + r.ConditionOutcomes),
            list.Aggregate(new CoverageFigure(0, 0), (sum, r) => sum + r.Statuses),
            list.Sum(r => r.Rules.Count(rule => rule.NeverBreached)),
            list.Sum(r => r.Consequences.Count(c => c.NeverApplied)));
    }
}
