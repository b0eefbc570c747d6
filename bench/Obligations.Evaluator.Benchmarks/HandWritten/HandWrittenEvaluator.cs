using System.Runtime.CompilerServices;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.HandWritten;

/// <summary>
/// The harm-prevention rules (examples/harm-prevention) as a performance engineer writes them by hand over the same
/// facts classes: every fact read once into a local, shared conditions computed once and only when a rule needs
/// them, early outs where a false <c>when</c> decides several rules, tick arithmetic for deadlines, a bit mask of
/// breached rules for the consequences, and a compact caller-owned result. No allocation, no dictionaries.
/// Rule and consequence indices follow the declaration order of the rule set (the generated RuleIds).
/// </summary>
public static class HandWrittenEvaluator
{
    public const int RuleCount = 17;
    public const int ConsequenceCount = 5;

    private const long Hour = TimeSpan.TicksPerHour;
    private const long Day = TimeSpan.TicksPerDay;
    private const ulong KeyOffences = (ulong)(OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference
        | OffenceSet.system_interference | OffenceSet.misuse_of_devices);
    private const ulong KeyPowers = (ulong)(InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order
        | InvestigativePowerSet.search_and_seizure);
    private const ulong RequiredSafeguards = (ulong)(SafeguardSet.judicial_authorisation | SafeguardSet.time_limits | SafeguardSet.limited_to_listed_offences);
    private const ulong BlockedOrSeized = (ulong)(ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure);

    // Which breached rules trigger which consequence (bit i = rule i).
    private const uint HarmBreaches = 1u << 0 | 1u << 1 | 1u << 15;
    private const uint CompensationBreaches = HarmBreaches | 1u << 2;
    private const uint InstitutionalBreaches = 0b1_0111_1111_1000_0000; // rules 7–14 and 16
    private const uint CountermeasureBreaches = CompensationBreaches | 1u << 3 | 1u << 5;

    public static void Evaluate(Facts facts, DateTimeOffset now, ref HandWrittenResult result)
    {
        var op = facts.operation;
        var inst = facts.institutions;
        var phase = op.phase;
        var actor = op.conducted_by;
        var capacity = inst.capacity;
        var established = inst.means_of_knowledge_established;
        var ongoingOrConcluded = phase is Phase.ongoing or Phase.concluded;
        var emanates = op.origin != Origin.elsewhere && actor != Actor.own_organs;
        // Significant harm decides only rules whose other conditions already hold: harm emanating from the
        // territory, or an operation of the State's own organs (rule 15). Skip its nine criteria otherwise.
        var harm = (emanates || (actor == Actor.own_organs && ongoingOrConcluded)) && SignificantHarm(op);
        var harmEmanates = harm && emanates;
        var nowTicks = now.UtcTicks;
        uint breached = 0;
        RuleStatus s0 = RuleStatus.NotApplicable, s1 = RuleStatus.NotApplicable, s2 = RuleStatus.NotApplicable;

        if (harmEmanates)
        {
            var knowledge = facts.knowledge;
            var aware = knowledge.notified || knowledge.actually_aware;
            if (aware || (established && knowledge.detectable_by_own_means))
            {
                var response = facts.response;
                var steps = (ulong)response.steps;
                var since = knowledge.since.UtcTicks;
                var responseDeadline = since + capacity switch { Capacity.advanced => 24 * Hour, Capacity.intermediate => 48 * Hour, _ => 5 * Day };
                result.ResponseDeadlineTicks = responseDeadline;
                var actedOn = response.acted_on.UtcTicks;
                var investigated = (steps & (ulong)ResponseStepSet.investigated) != 0;
                var blockedOrSeized = (steps & BlockedOrSeized) != 0;
                var reasonable = capacity switch
                {
                    Capacity.advanced => investigated && blockedOrSeized && (steps & (ulong)ResponseStepSet.shared_indicators) != 0,
                    Capacity.intermediate => investigated && blockedOrSeized,
                    _ => investigated || (steps & (ulong)ResponseStepSet.warned_operators) != 0,
                };
                s0 = Dated(reasonable, actedOn, responseDeadline, nowTicks);
                if (aware && phase is Phase.imminent or Phase.ongoing)
                    s1 = Dated(blockedOrSeized || (steps & (ulong)ResponseStepSet.arrested_perpetrators) != 0, actedOn, responseDeadline, nowTicks);
                if (phase == Phase.imminent)
                {
                    var warningDeadline = since + 24 * Hour;
                    result.WarningDeadlineTicks = warningDeadline;
                    s2 = response.warning_issued && response.warned_on.UtcTicks <= warningDeadline ? RuleStatus.Complied
                        : nowTicks <= warningDeadline ? RuleStatus.Pending : RuleStatus.Breached;
                }
            }
        }
        result.Rules[0] = s0;
        result.Rules[1] = s1;
        result.Rules[2] = s2;
        breached |= Breach(s0, 0) | Breach(s1, 1) | Breach(s2, 2);

        var assistance = facts.assistance;
        RuleStatus s3, s4;
        if (!assistance.requested) (s3, s4) = (RuleStatus.NotApplicable, RuleStatus.NotApplicable);
        else if (assistance.treaty_ground_for_refusal) (s3, s4) = (RuleStatus.Overridden, RuleStatus.Permitted);
        else
        {
            var deadline = assistance.requested_on.UtcTicks + (capacity >= Capacity.advanced ? 30 * Day : capacity >= Capacity.intermediate ? 60 * Day : 90 * Day);
            result.AssistanceDeadlineTicks = deadline;
            s3 = assistance.provided && assistance.provided_on.UtcTicks <= deadline ? RuleStatus.Complied
                : nowTicks <= deadline ? RuleStatus.Pending : RuleStatus.Breached;
            s4 = RuleStatus.NotApplicable;
            breached |= Breach(s3, 3);
        }
        result.Rules[3] = s3;
        result.Rules[4] = s4;
        if (assistance.refused)
        {
            var given = assistance.reasons_given;
            result.Rules[5] = given ? RuleStatus.Complied : RuleStatus.Breached;
            if (!given) breached |= 1u << 5;
        }
        else result.Rules[5] = RuleStatus.NotApplicable;
        result.Rules[6] = harmEmanates ? RuleStatus.Permitted : RuleStatus.NotApplicable;

        var offences = (ulong)inst.criminalised_offences;
        var powers = (ulong)inst.investigative_powers;
        breached |= Undated(ref result, 7, (offences & KeyOffences) == KeyOffences);
        if (harmEmanates && ongoingOrConcluded && actor is Actor.private_actor or Actor.security_researcher)
        {
            if (actor == Actor.security_researcher) result.Rules[8] = RuleStatus.Excused;
            else breached |= Undated(ref result, 8, (offences & (1UL << (int)op.offence)) != 0);
        }
        else result.Rules[8] = RuleStatus.NotApplicable;
        breached |= Undated(ref result, 9, (powers & KeyPowers) == KeyPowers);
        if (powers != 0) breached |= Undated(ref result, 10, inst.powers_respect_privacy && ((ulong)inst.safeguards & RequiredSafeguards) != 0);
        else result.Rules[10] = RuleStatus.NotApplicable;
        breached |= Undated(ref result, 11, inst.point_of_contact_designated);
        breached |= Undated(ref result, 12, inst.critical_infrastructure_protected);
        breached |= Undated(ref result, 13, established);
        if (established) breached |= Undated(ref result, 14, inst.means_of_knowledge_used);
        else result.Rules[14] = RuleStatus.NotApplicable;
        // Prohibitions: breached when the prohibited act is done.
        breached |= Prohibited(ref result, 15, actor == Actor.own_organs && ongoingOrConcluded && harm);
        breached |= Prohibited(ref result, 16, inst.undermined_supply_chain);

        result.Breached = breached;
        result.Consequences[0] = breached != 0 ? ConsequenceStatus.Applies : ConsequenceStatus.NotTriggered;
        result.Consequences[1] = (breached & CompensationBreaches) == 0 ? ConsequenceStatus.NotTriggered : Available(op.harm_occurred);
        result.Consequences[2] = (breached & HarmBreaches) == 0 ? ConsequenceStatus.NotTriggered : Available(phase == Phase.ongoing);
        result.Consequences[3] = (breached & InstitutionalBreaches) != 0 ? ConsequenceStatus.Applies : ConsequenceStatus.NotTriggered;
        if ((breached & CountermeasureBreaches) == 0) result.Consequences[4] = ConsequenceStatus.NotTriggered;
        else
        {
            var plan = facts.countermeasure_plan;
            result.Consequences[4] = Available(plan.notified_responsible_state && plan.purpose == CountermeasurePurpose.induce_compliance && plan.proportionate);
        }
    }

    /// <summary>The significant-harm threshold, cheapest criteria first (the decimal comparison last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SignificantHarm(Operation op) =>
        op.amounts_to_use_of_force || op.amounts_to_prohibited_intervention || op.violates_sovereignty || op.concern_in_interstate_relations
        || (uint)op.target_sector <= (uint)Sector.government_services // energy … government_services: the key critical sectors
        || op.core_components_affected != CoreComponentSet.None
        || (uint)(op.espionage_target - EspionageTarget.governmental_institutions) <= EspionageTarget.economic_espionage - EspionageTarget.governmental_institutions
        || (op.economic_harm & (EconomicHarmSet.ransomware | EconomicHarmSet.intellectual_property_theft | EconomicHarmSet.trade_secret_theft)) != 0
        || op.economic_loss >= 10_000_000m;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static RuleStatus Dated(bool done, long doneOn, long deadline, long now) =>
        done && doneOn <= deadline ? RuleStatus.Complied : now <= deadline ? RuleStatus.Pending : RuleStatus.Breached;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Breach(RuleStatus status, int rule) => (status == RuleStatus.Breached ? 1u : 0u) << rule;

    /// <summary>An applying obligation without deadline: complied or breached; returns its breach bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Undated(ref HandWrittenResult result, int rule, bool done)
    {
        result.Rules[rule] = done ? RuleStatus.Complied : RuleStatus.Breached;
        return (done ? 0u : 1u) << rule;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Prohibited(ref HandWrittenResult result, int rule, bool done)
    {
        result.Rules[rule] = done ? RuleStatus.Breached : RuleStatus.Complied;
        return (done ? 1u : 0u) << rule;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ConsequenceStatus Available(bool conditions) => conditions ? ConsequenceStatus.Applies : ConsequenceStatus.NotAvailable;
}
