using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// The harm-prevention rules (examples/harm-prevention) written by hand in plain C#, over the same facts classes,
/// as a programmer would without a rules language: the yardstick for the generated evaluator.
/// Rule and consequence indices follow the declaration order of the rule set.
/// </summary>
public static class HandWrittenEvaluator
{
    public const int RuleCount = 17;
    public const int ConsequenceCount = 5;

    private const SectorSet KeyCriticalSectors = SectorSet.energy | SectorSet.health | SectorSet.water | SectorSet.finance
        | SectorSet.transport | SectorSet.telecommunications | SectorSet.food_supply | SectorSet.government_services;

    public static void Evaluate(Facts facts, DateTimeOffset now, RuleOutcome[] rules, ConsequenceStatus[] consequences)
    {
        var op = facts.operation;
        var knowledge = facts.knowledge;
        var response = facts.response;
        var assistance = facts.assistance;
        var inst = facts.institutions;

        var significantHarm =
            op.amounts_to_use_of_force || op.amounts_to_prohibited_intervention || op.violates_sovereignty
            || (op.economic_harm & (EconomicHarmSet.ransomware | EconomicHarmSet.intellectual_property_theft | EconomicHarmSet.trade_secret_theft)) != 0
            || op.economic_loss >= 10_000_000m
            || (KeyCriticalSectors & Bit(op.target_sector)) != 0
            || op.core_components_affected != CoreComponentSet.None
            || op.espionage_target is EspionageTarget.governmental_institutions or EspionageTarget.international_public_institutions
                or EspionageTarget.mass_surveillance or EspionageTarget.economic_espionage
            || op.concern_in_interstate_relations;
        var emanates = op.origin != Origin.elsewhere && op.conducted_by != Actor.own_organs;
        var aware = knowledge.notified || knowledge.actually_aware;
        var awareOrShould = aware || (inst.means_of_knowledge_established && knowledge.detectable_by_own_means);
        var ongoingOrImminent = op.phase is Phase.imminent or Phase.ongoing;
        var ongoingOrConcluded = op.phase is Phase.ongoing or Phase.concluded;
        var requested = assistance.requested;
        var powers = inst.investigative_powers;

        var responseTime = inst.capacity switch
        {
            Capacity.advanced => TimeSpan.FromHours(24),
            Capacity.intermediate => TimeSpan.FromHours(48),
            _ => TimeSpan.FromDays(5),
        };
        var assistanceTime = inst.capacity >= Capacity.intermediate
            ? TimeSpan.FromDays(inst.capacity >= Capacity.advanced ? 30 : 60)
            : TimeSpan.FromDays(90);
        var steps = response.steps;
        var investigated = (steps & ResponseStepSet.investigated) != 0;
        var blockedOrSeized = (steps & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure)) != 0;
        var reasonable = inst.capacity switch
        {
            Capacity.advanced => investigated && blockedOrSeized && (steps & ResponseStepSet.shared_indicators) != 0,
            Capacity.intermediate => investigated && blockedOrSeized,
            _ => investigated || (steps & ResponseStepSet.warned_operators) != 0,
        };
        var stopping = blockedOrSeized || (steps & ResponseStepSet.arrested_perpetrators) != 0;

        // Procedural obligations with deadlines.
        rules[0] = Dated(significantHarm && emanates && awareOrShould, reasonable, response.acted_on, knowledge.since + responseTime, now);
        rules[1] = Dated(ongoingOrImminent && significantHarm && emanates && aware, stopping, response.acted_on, knowledge.since + responseTime, now);
        rules[2] = Dated(op.phase == Phase.imminent && significantHarm && emanates && awareOrShould, response.warning_issued, response.warned_on,
            knowledge.since + TimeSpan.FromHours(24), now);
        var refusalPermitted = requested && assistance.treaty_ground_for_refusal;
        rules[3] = !requested ? new(RuleStatus.NotApplicable, null)
            : refusalPermitted ? new(RuleStatus.Overridden, null)
            : Dated(true, assistance.provided, assistance.provided_on, assistance.requested_on + assistanceTime, now);
        rules[4] = new(refusalPermitted ? RuleStatus.Permitted : RuleStatus.NotApplicable, null);
        rules[5] = Undated(assistance.refused, assistance.reasons_given);
        rules[6] = new(significantHarm && emanates ? RuleStatus.Permitted : RuleStatus.NotApplicable, null);

        // Institutional capacity-building.
        const OffenceSet keyOffences = OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference
            | OffenceSet.system_interference | OffenceSet.misuse_of_devices;
        rules[7] = Undated(true, (inst.criminalised_offences & keyOffences) == keyOffences);
        rules[8] = !(significantHarm && emanates && ongoingOrConcluded && op.conducted_by is Actor.private_actor or Actor.security_researcher)
            ? new(RuleStatus.NotApplicable, null)
            : op.conducted_by == Actor.security_researcher ? new(RuleStatus.Excused, null)
            : Undated(true, (inst.criminalised_offences & Bit(op.offence)) != 0);
        const InvestigativePowerSet keyPowers = InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order
            | InvestigativePowerSet.search_and_seizure;
        rules[9] = Undated(true, (powers & keyPowers) == keyPowers);
        var safeguarded = inst.powers_respect_privacy
            && (inst.safeguards & (SafeguardSet.judicial_authorisation | SafeguardSet.time_limits | SafeguardSet.limited_to_listed_offences)) != 0;
        rules[10] = Undated(powers != InvestigativePowerSet.None, safeguarded);
        rules[11] = Undated(true, inst.point_of_contact_designated);
        rules[12] = Undated(true, inst.critical_infrastructure_protected);
        rules[13] = Undated(true, inst.means_of_knowledge_established);
        rules[14] = Undated(inst.means_of_knowledge_established, inst.means_of_knowledge_used);

        // Prohibitions.
        rules[15] = new(op.conducted_by == Actor.own_organs && ongoingOrConcluded && significantHarm ? RuleStatus.Breached : RuleStatus.Complied, null);
        rules[16] = new(inst.undermined_supply_chain ? RuleStatus.Breached : RuleStatus.Complied, null);

        var any = false;
        for (var i = 0; i < RuleCount; i++) any |= rules[i].Status == RuleStatus.Breached;
        consequences[0] = any ? ConsequenceStatus.Applies : ConsequenceStatus.NotTriggered;
        var harmBreach = Breached(rules, 0) || Breached(rules, 1) || Breached(rules, 15);
        consequences[1] = Consequence(harmBreach || Breached(rules, 2), op.harm_occurred);
        consequences[2] = Consequence(harmBreach, op.phase == Phase.ongoing);
        var institutional = false;
        for (var i = 7; i <= 16; i++) institutional |= i != 15 && Breached(rules, i);
        consequences[3] = institutional ? ConsequenceStatus.Applies : ConsequenceStatus.NotTriggered;
        var plan = facts.countermeasure_plan;
        consequences[4] = Consequence(harmBreach || Breached(rules, 2) || Breached(rules, 3) || Breached(rules, 5),
            plan.notified_responsible_state && plan.purpose == CountermeasurePurpose.induce_compliance && plan.proportionate);
    }

    private static RuleOutcome Dated(bool applies, bool done, DateTimeOffset doneOn, DateTimeOffset deadline, DateTimeOffset now) =>
        !applies ? new(RuleStatus.NotApplicable, null)
        : new(done && doneOn <= deadline ? RuleStatus.Complied : now <= deadline ? RuleStatus.Pending : RuleStatus.Breached, deadline);

    private static RuleOutcome Undated(bool applies, bool done) =>
        new(!applies ? RuleStatus.NotApplicable : done ? RuleStatus.Complied : RuleStatus.Breached, null);

    private static bool Breached(RuleOutcome[] rules, int index) => rules[index].Status == RuleStatus.Breached;

    private static ConsequenceStatus Consequence(bool triggered, bool conditions) =>
        !triggered ? ConsequenceStatus.NotTriggered : conditions ? ConsequenceStatus.Applies : ConsequenceStatus.NotAvailable;

    private static SectorSet Bit(Sector sector) => (SectorSet)(1UL << (int)sector);

    private static OffenceSet Bit(Offence offence) => (OffenceSet)(1UL << (int)offence);
}
