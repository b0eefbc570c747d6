using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>
/// Builds explanations from a result's recorded condition values and the rule set's metadata (and, when given,
/// the facts, whose values the reasons quote). Each condition gets one <see cref="Reason"/>, so a threshold used
/// by several rules is the same object under each of them.
/// </summary>
internal sealed class ExplanationBuilder
{
    private readonly EvaluationResult _result;
    private readonly object? _facts;
    private readonly Dictionary<int, Reason> _reasons = [];

    private ExplanationBuilder(EvaluationResult result, object? facts)
    {
        _result = result;
        _facts = facts;
    }

    public static Explanation Build(EvaluationResult result, object? facts)
    {
        var builder = new ExplanationBuilder(result, facts);
        var set = result.RuleSet;
        var rules = set.Rules.Select(builder.ExplainRule).ToList();
        var consequences = set.Consequences.Select(builder.ExplainConsequence).ToList();
        var roots = rules.Select(r => r.Decisive).Concat(consequences.Select(c => c.Decisive));
        return new Explanation(rules, consequences)
        {
            Summary = ExplanationSummary.Of(rules, consequences),
            Shared = SharedReasons.Find(roots),
        };
    }

    private RuleExplanation ExplainRule(RuleInfo rule)
    {
        var outcome = _result.Rules[rule.Index];
        var overriders = outcome.Status == RuleStatus.Overridden
            ? rule.OverriddenBy.Where(Applies).ToList()
            : new List<string>();
        var doneLate = rule.Conditions.Any(id => _result.RuleSet.Conditions[id].Kind == ConditionKind.Done && _result.Conditions[id] == ConditionValue.True);
        var summary = RuleSummaries.Of(rule, outcome, overriders, doneLate)
            + (rule.OwedTo is { } owed && outcome.Status != RuleStatus.NotApplicable ? $" (owed to {owed})" : string.Empty);
        var reasons = Reasons(rule.Conditions);
        return new RuleExplanation(rule, outcome.Status, outcome.Deadline, summary, reasons, overriders)
        {
            Decisive = DecisiveReasons.OfRule(rule, outcome.Status, reasons),
        };
    }

    private bool Applies(string rule)
    {
        var index = _result.RuleSet.FindRule(rule);
        return index >= 0 && _result.Rules[index].Status is not (RuleStatus.NotApplicable or RuleStatus.Excused);
    }

    private ConsequenceExplanation ExplainConsequence(ConsequenceInfo consequence)
    {
        var set = _result.RuleSet;
        var candidates = consequence.FollowsAnyBreach ? set.Rules.Select(r => r.Name) : consequence.Rules;
        bool Has(string name, RuleStatus status) => set.FindRule(name) is var i && i >= 0 && _result.Rules[i].Status == status;
        // A consequence follows binding breaches, and unmet non-binding duties only where it says so (`on not_met of`).
        var breached = candidates.Where(name => Has(name, RuleStatus.Breached)).ToList();
        var notMet = consequence.NotMetRules.Where(name => Has(name, RuleStatus.NotMet)).ToList();
        var why = string.Join(" and ", new[]
        {
            breached.Count > 0 ? string.Join(", ", breached) + " breached" : null,
            notMet.Count > 0 ? string.Join(", ", notMet) + " not met" : null,
        }.OfType<string>());
        var status = _result.Consequences[consequence.Index];
        var summary = status switch
        {
            ConsequenceStatus.NotTriggered => "not triggered: no rule it follows is breached",
            ConsequenceStatus.Applies => "applies: " + why + " and every condition holds",
            _ => "not available: " + why + ", but a condition does not hold",
        };
        breached.AddRange(notMet);
        var reasons = Reasons(consequence.Conditions);
        return new ConsequenceExplanation(consequence, status, summary, breached, reasons)
        {
            Decisive = status switch
            {
                ConsequenceStatus.NotTriggered => [],
                ConsequenceStatus.Applies => reasons,
                _ => reasons.Where(r => !r.Held).ToList(),
            },
        };
    }

    private List<Reason> Reasons(IEnumerable<int> ids)
    {
        var reasons = new List<Reason>();
        foreach (var id in ids)
            if (ReasonFor(id) is { } reason) reasons.Add(reason);
        return reasons;
    }

    private Reason? ReasonFor(int id)
    {
        if (_reasons.TryGetValue(id, out var known)) return known;
        var value = _result.Conditions[id];
        if (value == ConditionValue.NotEvaluated) return null;
        var condition = _result.RuleSet.Conditions[id];
        var because = Reasons(condition.Supports);
        var agreeing = because.Where(r => r.Value == value).ToList();
        var reason = new Reason(condition, value, because)
        {
            Decisive = agreeing.Count > 0 ? agreeing : because,
            Facts = _facts is null ? [] : condition.Facts.Select(path => FactValueReader.Read(_facts, path)).OfType<FactValue>().ToList(),
        };
        return _reasons[id] = reason;
    }
}
