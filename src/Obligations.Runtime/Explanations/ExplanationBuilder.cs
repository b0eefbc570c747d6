using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>Builds explanations from a result's recorded condition values and the rule set's metadata.</summary>
internal static class ExplanationBuilder
{
    public static Explanation Build(EvaluationResult result)
    {
        var set = result.RuleSet;
        var rules = set.Rules.Select(r => ExplainRule(result, r)).ToList();
        var consequences = set.Consequences.Select(c => ExplainConsequence(result, c)).ToList();
        return new Explanation(rules, consequences);
    }

    private static RuleExplanation ExplainRule(EvaluationResult result, RuleInfo rule)
    {
        var outcome = result.Rules[rule.Index];
        var overriders = outcome.Status == RuleStatus.Overridden
            ? rule.OverriddenBy.Where(name => Applies(result, name)).ToList()
            : new List<string>();
        var doneLate = rule.Conditions.Any(id => result.RuleSet.Conditions[id].Kind == ConditionKind.Done && result.Conditions[id] == ConditionValue.True);
        var summary = RuleSummary(rule, outcome, overriders, doneLate) + (rule.OwedTo is { } owed && outcome.Status != RuleStatus.NotApplicable ? $" (owed to {owed})" : string.Empty);
        return new RuleExplanation(rule, outcome.Status, outcome.Deadline, summary, Reasons(result, rule.Conditions), overriders);
    }

    private static bool Applies(EvaluationResult result, string rule)
    {
        var index = result.RuleSet.FindRule(rule);
        return index >= 0 && result.Rules[index].Status is not (RuleStatus.NotApplicable or RuleStatus.Excused);
    }

    private static string RuleSummary(RuleInfo rule, RuleOutcome outcome, List<string> overriders, bool done)
    {
        var measure = rule.Measure ?? "(no measure)";
        var deadline = outcome.Deadline is { } d ? " by " + DateText.Format(d) : string.Empty;
        return outcome.Status switch
        {
            RuleStatus.NotApplicable => "does not apply: a 'when' condition does not hold",
            RuleStatus.Excused => "applies, but an 'unless' exception holds",
            RuleStatus.Overridden => "applies, but is overridden by " + string.Join(", ", overriders),
            RuleStatus.Pending => $"applies; '{measure}' is not done yet, due{deadline}",
            RuleStatus.Complied when rule.Kind == RuleKind.Prohibition => $"applies; the prohibited act '{measure}' did not happen",
            RuleStatus.Complied => $"applies; '{measure}' is done{(outcome.Deadline is null ? string.Empty : " in time")}",
            RuleStatus.Breached when rule.Kind == RuleKind.Prohibition => $"applies; the prohibited act '{measure}' happened",
            RuleStatus.Breached when done => $"applies; '{measure}' was done, but not{deadline}",
            RuleStatus.Breached => $"applies; '{measure}' was not done{deadline}",
            RuleStatus.NotMet => $"applies as {Article(rule.Strength)} {rule.Strength.Replace('_', ' ')} norm, not binding; '{measure}' " +
                (rule.Kind == RuleKind.Prohibition ? "happened" : $"was not done{deadline}") + ": not met, not a breach" + Cited(rule.StrengthCitation),
            RuleStatus.Contested => $"would be breached ('{measure}' " + (rule.Kind == RuleKind.Prohibition ? "happened" : $"was not done{deadline}") +
                "), but applies only through contested or emerging criteria: contested, not a breach",
            _ => $"applies; '{measure}' is permitted",
        };
    }

    private static string Article(string word) => "aeiou".Contains(word[0]) ? "an" : "a";

    private static string Cited(string? citation) => citation is null ? string.Empty : $" ({citation})";

    private static ConsequenceExplanation ExplainConsequence(EvaluationResult result, ConsequenceInfo consequence)
    {
        var set = result.RuleSet;
        var candidates = consequence.FollowsAnyBreach ? set.Rules.Select(r => r.Name) : consequence.Rules;
        var breached = candidates.Where(name => set.FindRule(name) is var i && i >= 0 && result.Rules[i].Status == RuleStatus.Breached)
            .Concat(consequence.NotMetRules.Where(name => set.FindRule(name) is var i && i >= 0 && result.Rules[i].Status == RuleStatus.NotMet)).ToList();
        var status = result.Consequences[consequence.Index];
        var summary = status switch
        {
            ConsequenceStatus.NotTriggered => "not triggered: no rule it follows is breached",
            ConsequenceStatus.Applies => "applies: " + Unmet(result, breached) + " and every condition holds",
            _ => "not available: " + Unmet(result, breached) + ", but a condition does not hold",
        } + (consequence.OwedTo is { } injured && status != ConsequenceStatus.NotTriggered ? $"; owed to {injured}" : string.Empty);
        return new ConsequenceExplanation(consequence, status, summary, breached, Reasons(result, consequence.Conditions));
    }

    private static string Unmet(EvaluationResult result, List<string> rules) =>
        string.Join(", ", rules.Select(r => r + (result.StatusOf(r) == RuleStatus.NotMet ? " not met (opted in)" : " breached")));

    private static List<Reason> Reasons(EvaluationResult result, IEnumerable<int> ids)
    {
        var reasons = new List<Reason>();
        foreach (var id in ids)
        {
            var value = result.Conditions[id];
            if (value == ConditionValue.NotEvaluated) continue;
            var condition = result.RuleSet.Conditions[id];
            reasons.Add(new Reason(condition, value, Reasons(result, condition.Supports)));
        }
        return reasons;
    }
}
