using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>
/// One rule across the cases: the statuses it reached (with case counts), the statuses its form allows that no
/// case reached, and its own clauses' condition coverage.
/// </summary>
public sealed record RuleCoverage(
    RuleInfo Rule,
    IReadOnlyList<StatusCount> Reached,
    IReadOnlyList<string> NeverReached,
    IReadOnlyList<ConditionCoverage> Conditions)
{
    /// <summary>Statuses the rule can have by its form (kind and clauses), plus any other status a case gave it.</summary>
    public int StatusesExpected => Reached.Count + NeverReached.Count;

    /// <summary>Whether the rule can be breached by its form and no case breached it.</summary>
    public bool NeverBreached => NeverReached.Contains(StatusNames.Of(RuleStatus.Breached));
}
