using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>Which of a rule's evaluated clauses decided its status.</summary>
internal static class DecisiveReasons
{
    public static IReadOnlyList<Reason> OfRule(RuleInfo rule, RuleStatus status, IReadOnlyList<Reason> reasons)
    {
        if (status == RuleStatus.NotApplicable)
            return reasons.Where(r => r.Condition.Kind == ConditionKind.When && !r.Held).ToList();
        var decisive = reasons.Where(r => r.Condition.Kind == ConditionKind.When).ToList();
        switch (status)
        {
            case RuleStatus.Excused:
                decisive.AddRange(reasons.Where(r => r.Condition.Kind == ConditionKind.Unless && r.Held));
                break;
            case RuleStatus.Overridden or RuleStatus.Permitted:
                break;
            default:
                // No exception holds, and the compliance test settled the rest.
                decisive.AddRange(reasons.Where(r => r.Condition.Kind == ConditionKind.Unless));
                decisive.AddRange(reasons.Where(r => r.Condition.Kind is ConditionKind.Done or ConditionKind.DoneInTime));
                break;
        }
        return decisive;
    }
}
