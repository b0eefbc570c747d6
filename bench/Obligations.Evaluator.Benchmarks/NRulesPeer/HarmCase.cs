using NRules.RuleModel;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>
/// The fact NRules matches: one case (facts and the instant they are judged at) with the statuses its rules decide.
/// Rules not decided by any firing keep their initial status (not applicable, not triggered).
/// </summary>
public sealed class HarmCase(Facts facts, DateTimeOffset now, RuleStatus[] rules, ConsequenceStatus[] consequences)
{
    public Operation Op { get; } = facts.operation;
    public Knowledge Knowledge { get; } = facts.knowledge;
    public Response Response { get; } = facts.response;
    public AssistanceRequest Assistance { get; } = facts.assistance;
    public Institutions Inst { get; } = facts.institutions;
    public CountermeasurePlan Plan { get; } = facts.countermeasure_plan;
    public DateTimeOffset Now { get; } = now;
    public RuleStatus[] Rules { get; } = rules;
    public ConsequenceStatus[] Consequences { get; } = consequences;

    public bool Aware => Knowledge.notified || Knowledge.actually_aware;

    public bool AwareOrShould => Aware || (Inst.means_of_knowledge_established && Knowledge.detectable_by_own_means);

    public DateTimeOffset ResponseDeadline => Knowledge.since + Inst.capacity switch
    {
        Capacity.advanced => TimeSpan.FromHours(24),
        Capacity.intermediate => TimeSpan.FromHours(48),
        _ => TimeSpan.FromDays(5),
    };

    public bool Investigated => (Response.steps & ResponseStepSet.investigated) != 0;

    public bool BlockedOrSeized => (Response.steps & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure)) != 0;

    public bool ReasonableMeasures => Inst.capacity switch
    {
        Capacity.advanced => Investigated && BlockedOrSeized && (Response.steps & ResponseStepSet.shared_indicators) != 0,
        Capacity.intermediate => Investigated && BlockedOrSeized,
        _ => Investigated || (Response.steps & ResponseStepSet.warned_operators) != 0,
    };

    /// <summary>Records a rule's status; a breach becomes a <see cref="Breach"/> fact, which the consequence rules match.</summary>
    public void Decide(IContext context, int rule, RuleStatus status)
    {
        Rules[rule] = status;
        if (status == RuleStatus.Breached) context.Insert(new Breach(rule));
    }

    public void DecideDated(IContext context, int rule, bool done, DateTimeOffset doneOn, DateTimeOffset deadline) =>
        Decide(context, rule, done && doneOn <= deadline ? RuleStatus.Complied : Now <= deadline ? RuleStatus.Pending : RuleStatus.Breached);

    public void DecideUndated(IContext context, int rule, bool done) => Decide(context, rule, done ? RuleStatus.Complied : RuleStatus.Breached);

    public void DecideConsequence(int consequence, bool conditions) =>
        Consequences[consequence] = conditions ? ConsequenceStatus.Applies : ConsequenceStatus.NotAvailable;
}
