using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>
/// The coverage of one rule set by its cases: every rule, consequence and named condition (trigger, threshold,
/// criterion), and the totals. Condition coverage counts, for every recorded condition, the two outcomes held
/// and failed; status coverage counts the statuses rules and consequences can have by their form.
/// </summary>
public sealed class RuleSetCoverage
{
    private RuleSetCoverage(RuleSetInfo ruleSet, int cases, IReadOnlyList<RuleCoverage> rules,
        IReadOnlyList<ConsequenceCoverage> consequences, IReadOnlyList<ConditionCoverage> named, IReadOnlyList<ConditionCoverage> all)
    {
        RuleSet = ruleSet;
        Cases = cases;
        Rules = rules;
        Consequences = consequences;
        Named = named;
        Conditions = all;
    }

    public RuleSetInfo RuleSet { get; }
    public int Cases { get; }
    public IReadOnlyList<RuleCoverage> Rules { get; }
    public IReadOnlyList<ConsequenceCoverage> Consequences { get; }

    /// <summary>Triggers, thresholds and criteria, in declaration order.</summary>
    public IReadOnlyList<ConditionCoverage> Named { get; }

    /// <summary>Every recorded condition, indexed by id.</summary>
    public IReadOnlyList<ConditionCoverage> Conditions { get; }

    public CoverageFigure ConditionOutcomes => new(Conditions.Sum(c => c.OutcomesSeen), 2 * Conditions.Count);

    public CoverageFigure Statuses => new(
        Rules.Sum(r => r.Reached.Count) + Consequences.Sum(c => c.Reached.Count),
        Rules.Sum(r => r.StatusesExpected) + Consequences.Sum(c => c.Reached.Count + c.NeverReached.Count));

    internal static RuleSetCoverage From(CoverageCollector counts)
    {
        var ruleSet = counts.RuleSet;
        var all = ruleSet.Conditions.Select(c => new ConditionCoverage(c, counts.Held(c.Id), counts.Failed(c.Id), counts.Cases)).ToList();
        var rules = ruleSet.Rules.Select(rule =>
        {
            var statuses = Enumerable.Range(0, StatusNames.RuleStatuses.Count).Select(s => (RuleStatus)s);
            var forms = RuleStatusForms.Of(rule, ruleSet);
            var reached = statuses.Where(s => counts.Count(rule.Index, s) > 0).Select(s => new StatusCount(StatusNames.Of(s), counts.Count(rule.Index, s))).ToList();
            var never = forms.Where(s => counts.Count(rule.Index, s) == 0).Select(StatusNames.Of).ToList();
            return new RuleCoverage(rule, reached, never, rule.Conditions.Select(id => all[id]).ToList());
        }).ToList();
        var consequences = ruleSet.Consequences.Select(consequence =>
        {
            var statuses = Enumerable.Range(0, StatusNames.ConsequenceStatuses.Count).Select(s => (ConsequenceStatus)s);
            var reached = statuses.Where(s => counts.Count(consequence.Index, s) > 0).Select(s => new StatusCount(StatusNames.Of(s), counts.Count(consequence.Index, s))).ToList();
            var never = RuleStatusForms.Of(consequence).Where(s => counts.Count(consequence.Index, s) == 0).Select(StatusNames.Of).ToList();
            return new ConsequenceCoverage(consequence, reached, never, consequence.Conditions.Select(id => all[id]).ToList());
        }).ToList();
        var named = all.Where(c => c.Condition.Kind is ConditionKind.Trigger or ConditionKind.Threshold or ConditionKind.Criterion).ToList();
        return new RuleSetCoverage(ruleSet, counts.Cases, rules, consequences, named, all);
    }
}
