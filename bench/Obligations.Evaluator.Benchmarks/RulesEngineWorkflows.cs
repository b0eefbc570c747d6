using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;
using RulesEngine.Models;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// The harm-prevention rules as Microsoft RulesEngine workflows of lambda expressions in strings. Shared
/// triggers, thresholds and defines are workflow GlobalParams; each obligation, prohibition or permission is one
/// rule whose OutputExpression action yields its status. Consequences depend on the rules' statuses, which
/// RulesEngine rules cannot read from each other, so they are a second workflow whose input is the first one's
/// statuses. (RulesEngine's expressions have no DateTimeOffset + TimeSpan operator: deadlines use <c>Add</c>.)
/// </summary>
public static class RulesEngineWorkflows
{
    public const string RulesWorkflow = "harm_prevention_rules";
    public const string ConsequencesWorkflow = "harm_prevention_consequences";

    public static readonly Type[] CustomTypes =
    [
        typeof(Phase), typeof(Origin), typeof(Actor), typeof(Capacity), typeof(EspionageTarget), typeof(CountermeasurePurpose),
        typeof(SectorSet), typeof(EconomicHarmSet), typeof(CoreComponentSet), typeof(ResponseStepSet), typeof(OffenceSet),
        typeof(InvestigativePowerSet), typeof(SafeguardSet), typeof(Offence), typeof(Sector),
        typeof(RuleStatus), typeof(ConsequenceStatus), typeof(RulesEngineHelpers),
    ];

    /// <summary>Rule names in the order of the generated evaluator's RuleIds.</summary>
    public static readonly string[] RuleNames =
    [
        "prevent_significant_harm", "take_action_against_operations", "warn_of_imminent_risk", "cooperate_in_criminal_investigations",
        "refuse_on_treaty_ground", "give_reasons_for_refusal", "request_assistance", "criminalise_key_offences",
        "ensure_conduct_is_punishable", "establish_investigative_powers", "safeguard_investigative_powers", "set_up_point_of_contact",
        "protect_critical_infrastructure", "establish_means_of_knowledge", "use_means_of_knowledge",
        "do_not_conduct_harmful_operations", "do_not_undermine_supply_chain",
    ];

    public static readonly string[] ConsequenceNames =
        ["state_responsibility", "compensation_for_harm", "cessation_of_operation", "institutional_safeguards", "countermeasures_by_affected_state"];

    private const string NotApplicable = "RuleStatus.NotApplicable";

    public static Workflow[] Create() => [Rules(), Consequences()];

    private static Workflow Rules() => new()
    {
        WorkflowName = RulesWorkflow,
        GlobalParams =
        [
            P("significant_harm", "facts.operation.amounts_to_use_of_force || facts.operation.amounts_to_prohibited_intervention || facts.operation.violates_sovereignty"
                + " || (facts.operation.economic_harm & EconomicHarmSet.ransomware) != EconomicHarmSet.None"
                + " || (facts.operation.economic_harm & (EconomicHarmSet.intellectual_property_theft | EconomicHarmSet.trade_secret_theft)) != EconomicHarmSet.None"
                + " || facts.operation.economic_loss >= 10000000"
                + " || facts.operation.target_sector == Sector.energy || facts.operation.target_sector == Sector.health || facts.operation.target_sector == Sector.water"
                + " || facts.operation.target_sector == Sector.finance || facts.operation.target_sector == Sector.transport || facts.operation.target_sector == Sector.telecommunications"
                + " || facts.operation.target_sector == Sector.food_supply || facts.operation.target_sector == Sector.government_services"
                + " || (facts.operation.core_components_affected & (CoreComponentSet.packet_routing | CoreComponentSet.naming_and_numbering | CoreComponentSet.cryptographic_identity | CoreComponentSet.physical_transmission)) != CoreComponentSet.None"
                + " || facts.operation.espionage_target == EspionageTarget.governmental_institutions || facts.operation.espionage_target == EspionageTarget.international_public_institutions"
                + " || facts.operation.espionage_target == EspionageTarget.mass_surveillance || facts.operation.espionage_target == EspionageTarget.economic_espionage"
                + " || facts.operation.concern_in_interstate_relations"),
            P("emanates", "facts.operation.origin != Origin.elsewhere && facts.operation.conducted_by != Actor.own_organs"),
            P("aware", "facts.knowledge.notified || facts.knowledge.actually_aware"),
            P("aware_or_should", "aware || (facts.institutions.means_of_knowledge_established && facts.knowledge.detectable_by_own_means)"),
            P("response_time", "facts.institutions.capacity == Capacity.advanced ? TimeSpan.FromHours(24) : facts.institutions.capacity == Capacity.intermediate ? TimeSpan.FromHours(48) : TimeSpan.FromDays(5)"),
            P("steps", "facts.response.steps"),
            P("reasonable", "facts.institutions.capacity == Capacity.advanced"
                + " ? (steps & ResponseStepSet.investigated) != ResponseStepSet.None && (steps & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure)) != ResponseStepSet.None && (steps & ResponseStepSet.shared_indicators) != ResponseStepSet.None"
                + " : facts.institutions.capacity == Capacity.intermediate"
                + " ? (steps & ResponseStepSet.investigated) != ResponseStepSet.None && (steps & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure)) != ResponseStepSet.None"
                + " : (steps & (ResponseStepSet.investigated | ResponseStepSet.warned_operators)) != ResponseStepSet.None"),
            P("refusal_permitted", "facts.assistance.requested && facts.assistance.treaty_ground_for_refusal"),
        ],
        Rules =
        [
            Dated("prevent_significant_harm", "significant_harm && emanates && aware_or_should", "reasonable", "facts.response.acted_on", "facts.knowledge.since.Add(response_time)"),
            Dated("take_action_against_operations", "(facts.operation.phase == Phase.imminent || facts.operation.phase == Phase.ongoing) && significant_harm && emanates && aware",
                "(steps & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure | ResponseStepSet.arrested_perpetrators)) != ResponseStepSet.None",
                "facts.response.acted_on", "facts.knowledge.since.Add(response_time)"),
            Dated("warn_of_imminent_risk", "facts.operation.phase == Phase.imminent && significant_harm && emanates && aware_or_should",
                "facts.response.warning_issued", "facts.response.warned_on", "facts.knowledge.since.Add(TimeSpan.FromHours(24))"),
            Rule("cooperate_in_criminal_investigations",
                [P("deadline", "facts.assistance.requested_on.Add(facts.institutions.capacity >= Capacity.advanced ? TimeSpan.FromDays(30) : facts.institutions.capacity >= Capacity.intermediate ? TimeSpan.FromDays(60) : TimeSpan.FromDays(90))")],
                "!facts.assistance.requested ? RuleStatus.NotApplicable : refusal_permitted ? RuleStatus.Overridden"
                + " : facts.assistance.provided && facts.assistance.provided_on <= deadline ? RuleStatus.Complied : now <= deadline ? RuleStatus.Pending : RuleStatus.Breached"),
            Permission("refuse_on_treaty_ground", "refusal_permitted"),
            Undated("give_reasons_for_refusal", "facts.assistance.refused", "facts.assistance.reasons_given"),
            Permission("request_assistance", "significant_harm && emanates"),
            Undated("criminalise_key_offences", "true",
                "(facts.institutions.criminalised_offences & (OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference | OffenceSet.system_interference | OffenceSet.misuse_of_devices))"
                + " == (OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference | OffenceSet.system_interference | OffenceSet.misuse_of_devices)"),
            Rule("ensure_conduct_is_punishable", [],
                "!(significant_harm && emanates && (facts.operation.phase == Phase.ongoing || facts.operation.phase == Phase.concluded)"
                + " && (facts.operation.conducted_by == Actor.private_actor || facts.operation.conducted_by == Actor.security_researcher)) ? RuleStatus.NotApplicable"
                + " : facts.operation.conducted_by == Actor.security_researcher ? RuleStatus.Excused"
                + " : RulesEngineHelpers.In(facts.operation.offence, facts.institutions.criminalised_offences) ? RuleStatus.Complied : RuleStatus.Breached"),
            Undated("establish_investigative_powers", "true",
                "(facts.institutions.investigative_powers & (InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order | InvestigativePowerSet.search_and_seizure))"
                + " == (InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order | InvestigativePowerSet.search_and_seizure)"),
            Undated("safeguard_investigative_powers",
                "(facts.institutions.investigative_powers & (InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order | InvestigativePowerSet.search_and_seizure | InvestigativePowerSet.real_time_collection)) != InvestigativePowerSet.None",
                "facts.institutions.powers_respect_privacy && (facts.institutions.safeguards & (SafeguardSet.judicial_authorisation | SafeguardSet.time_limits | SafeguardSet.limited_to_listed_offences)) != SafeguardSet.None"),
            Undated("set_up_point_of_contact", "true", "facts.institutions.point_of_contact_designated"),
            Undated("protect_critical_infrastructure", "true", "facts.institutions.critical_infrastructure_protected"),
            Undated("establish_means_of_knowledge", "true", "facts.institutions.means_of_knowledge_established"),
            Undated("use_means_of_knowledge", "facts.institutions.means_of_knowledge_established", "facts.institutions.means_of_knowledge_used"),
            Rule("do_not_conduct_harmful_operations", [],
                "facts.operation.conducted_by == Actor.own_organs && (facts.operation.phase == Phase.ongoing || facts.operation.phase == Phase.concluded) && significant_harm"
                + " ? RuleStatus.Breached : RuleStatus.Complied"),
            Rule("do_not_undermine_supply_chain", [], "facts.institutions.undermined_supply_chain ? RuleStatus.Breached : RuleStatus.Complied"),
        ],
    };

    private static Workflow Consequences() => new()
    {
        WorkflowName = ConsequencesWorkflow,
        Rules =
        [
            Consequence("state_responsibility", string.Join(" || ", Enumerable.Range(0, RuleNames.Length).Select(Breached)), "true"),
            Consequence("compensation_for_harm", Any(0, 1, 2, 15), "facts.operation.harm_occurred"),
            Consequence("cessation_of_operation", Any(0, 1, 15), "facts.operation.phase == Phase.ongoing"),
            Consequence("institutional_safeguards", Any(7, 8, 9, 10, 11, 12, 13, 14, 16), "true"),
            Consequence("countermeasures_by_affected_state", Any(0, 1, 2, 3, 5, 15),
                "facts.countermeasure_plan.notified_responsible_state && facts.countermeasure_plan.purpose == CountermeasurePurpose.induce_compliance && facts.countermeasure_plan.proportionate"),
        ],
    };

    private static string Breached(int rule) => $"statuses[{rule}] == RuleStatus.Breached";

    private static string Any(params int[] rules) => string.Join(" || ", rules.Select(Breached));

    private static Rule Consequence(string name, string triggered, string conditions) => Rule(name, [],
        $"!({triggered}) ? ConsequenceStatus.NotTriggered : ({conditions}) ? ConsequenceStatus.Applies : ConsequenceStatus.NotAvailable");

    private static Rule Dated(string name, string applies, string done, string doneOn, string deadline) => Rule(name,
        [P("applies", applies), P("deadline", deadline)],
        $"!applies ? {NotApplicable} : ({done}) && {doneOn} <= deadline ? RuleStatus.Complied : now <= deadline ? RuleStatus.Pending : RuleStatus.Breached");

    private static Rule Undated(string name, string applies, string done) =>
        Rule(name, [], $"!({applies}) ? {NotApplicable} : ({done}) ? RuleStatus.Complied : RuleStatus.Breached");

    private static Rule Permission(string name, string applies) =>
        Rule(name, [], $"({applies}) ? RuleStatus.Permitted : {NotApplicable}");

    private static Rule Rule(string name, ScopedParam[] locals, string output) => new()
    {
        RuleName = name,
        Expression = "true",
        LocalParams = locals,
        Actions = new RuleActions
        {
            OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = output } },
        },
    };

    private static ScopedParam P(string name, string expression) => new() { Name = name, Expression = expression };
}
