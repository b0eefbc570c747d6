using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>
/// The statuses a rule can have by its form, read from its metadata: not applicable only with a <c>when</c>,
/// excused only with an <c>unless</c>, overridden only when some rule overrides it; an obligation is complied only
/// with a <c>done when</c> test and pending only with a deadline measured against a completion date (the only
/// deadline the metadata shows); a prohibition is breached only with a <c>done when</c> test. This says what the
/// form allows, not that the facts can reach it (that is for the solver). A rule resting on a non-binding norm is
/// never breached: where it would be, it is not met.
/// </summary>
public static class RuleStatusForms
{
    public static IReadOnlyList<RuleStatus> Of(RuleInfo rule, RuleSetInfo ruleSet)
    {
        bool Has(ConditionKind kind) => rule.Conditions.Any(id => ruleSet.Conditions[id].Kind == kind);
        var statuses = new List<RuleStatus>();
        if (Has(ConditionKind.When)) statuses.Add(RuleStatus.NotApplicable);
        switch (rule.Kind)
        {
            case RuleKind.Obligation:
                if (Has(ConditionKind.DoneInTime)) statuses.Add(RuleStatus.Pending);
                if (Has(ConditionKind.Done)) statuses.Add(RuleStatus.Complied);
                statuses.Add(RuleStatus.Breached);
                break;
            case RuleKind.Prohibition:
                statuses.Add(RuleStatus.Complied);
                if (Has(ConditionKind.Done)) statuses.Add(RuleStatus.Breached);
                break;
            default:
                statuses.Add(RuleStatus.Permitted);
                break;
        }
        if (!rule.IsBinding)
        {
            var breached = statuses.IndexOf(RuleStatus.Breached);
            if (breached >= 0) statuses[breached] = RuleStatus.NotMet;
        }
        if (Has(ConditionKind.Unless)) statuses.Add(RuleStatus.Excused);
        if (rule.OverriddenBy.Length > 0) statuses.Add(RuleStatus.Overridden);
        return statuses;
    }

    /// <summary>A consequence is not available only when it has <c>when</c> conditions.</summary>
    public static IReadOnlyList<ConsequenceStatus> Of(ConsequenceInfo consequence) =>
        consequence.Conditions.Length > 0
            ? [ConsequenceStatus.NotTriggered, ConsequenceStatus.Applies, ConsequenceStatus.NotAvailable]
            : [ConsequenceStatus.NotTriggered, ConsequenceStatus.Applies];
}
