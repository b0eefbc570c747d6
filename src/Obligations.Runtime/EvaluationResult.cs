using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Runtime;

/// <summary>
/// The outcome of one evaluation: every rule's status and deadline, every consequence's status, and the value
/// of every recorded condition. Create one per thread and reuse it: evaluating into it allocates nothing;
/// <see cref="Explain()"/> builds the reasons afterwards (and allocates).
/// </summary>
public sealed class EvaluationResult
{
    public EvaluationResult(RuleSetInfo ruleSet)
    {
        RuleSet = ruleSet;
        Rules = new RuleOutcome[ruleSet.Rules.Count];
        Consequences = new ConsequenceStatus[ruleSet.Consequences.Count];
        Conditions = new ConditionValue[ruleSet.Conditions.Count];
    }

    public RuleSetInfo RuleSet { get; }

    /// <summary>The evaluation instant (<c>now</c> in the rules).</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>Indexed like <see cref="RuleSetInfo.Rules"/>. Generated code writes these.</summary>
    public RuleOutcome[] Rules { get; }

    /// <summary>Indexed like <see cref="RuleSetInfo.Consequences"/>.</summary>
    public ConsequenceStatus[] Consequences { get; }

    /// <summary>Indexed like <see cref="RuleSetInfo.Conditions"/>; conditions short-circuited away stay NotEvaluated.</summary>
    public ConditionValue[] Conditions { get; }

    /// <summary>Starts an evaluation: called by generated code before it writes anything.</summary>
    public void Begin(RuleSetInfo ruleSet, DateTimeOffset now)
    {
        if (!ReferenceEquals(ruleSet, RuleSet))
            throw new ArgumentException($"This result was created for rule set '{RuleSet.Name}', not '{ruleSet.Name}'.", nameof(ruleSet));
        Now = now;
        Array.Clear(Conditions);
    }

    public RuleStatus StatusOf(string rule) => Rules[IndexOfRule(rule)].Status;

    public DateTimeOffset? DeadlineOf(string rule) => Rules[IndexOfRule(rule)].Deadline;

    public ConsequenceStatus StatusOfConsequence(string consequence)
    {
        var index = RuleSet.FindConsequence(consequence);
        return index >= 0 ? Consequences[index] : throw new KeyNotFoundException($"The rule set has no consequence '{consequence}'.");
    }

    /// <summary>Why each rule and consequence has its status: the conditions that held or failed, with their sources.</summary>
    public Explanation Explain() => ExplanationBuilder.Build(this, null);

    /// <summary>
    /// Why each rule and consequence has its status, quoting the values of the facts each condition read from
    /// <paramref name="facts"/> (the object this result was evaluated on).
    /// </summary>
    public Explanation Explain(object facts) => ExplanationBuilder.Build(this, facts);

    private int IndexOfRule(string rule)
    {
        var index = RuleSet.FindRule(rule);
        return index >= 0 ? index : throw new KeyNotFoundException($"The rule set has no rule '{rule}'.");
    }
}
