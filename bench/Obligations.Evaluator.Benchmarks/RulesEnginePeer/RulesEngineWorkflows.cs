using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;
using RulesEngine.Models;

namespace Obligations.Evaluator.Benchmarks.RulesEnginePeer;

/// <summary>
/// The harm-prevention rules as Microsoft RulesEngine workflows of lambda expressions in strings, encoded with care
/// for its cost model. RulesEngine evaluates every GlobalParam again for every rule (they are compiled into each
/// rule's scoped parameters) and every OutputExpression action through a cache keyed by the expression text, so
/// here: no GlobalParams (shared conditions are spliced into the rules that need them), no actions, and each rule
/// computes its status in a single LocalParam <c>status</c>, which RulesEngine returns in the rule result's
/// <c>Inputs</c>. Consequences depend on the rules' statuses, which rules cannot read from each other, so they are
/// a second workflow over the first one's statuses. (Its expressions have no DateTimeOffset + TimeSpan: <c>Add</c>.)
/// </summary>
public static class RulesEngineWorkflows
{
    public const string RulesWorkflow = "harm_prevention_rules";
    public const string ConsequencesWorkflow = "harm_prevention_consequences";
    public const string StatusParam = "status";

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

    // Shared triggers and thresholds, spliced into the rules that use them. Cheap criteria first: && and || short-circuit.
    private const string SignificantHarm = "(facts.operation.amounts_to_use_of_force || facts.operation.amounts_to_prohibited_intervention || facts.operation.violates_sovereignty"
        + " || facts.operation.concern_in_interstate_relations || facts.operation.target_sector <= Sector.government_services"
        + " || facts.operation.core_components_affected != CoreComponentSet.None"
        + " || (facts.operation.espionage_target >= EspionageTarget.governmental_institutions && facts.operation.espionage_target <= EspionageTarget.economic_espionage)"
        + " || (facts.operation.economic_harm & (EconomicHarmSet.ransomware | EconomicHarmSet.intellectual_property_theft | EconomicHarmSet.trade_secret_theft)) != EconomicHarmSet.None"
        + " || facts.operation.economic_loss >= 10000000)";
    private const string Emanates = "(facts.operation.origin != Origin.elsewhere && facts.operation.conducted_by != Actor.own_organs)";
    private const string Aware = "(facts.knowledge.notified || facts.knowledge.actually_aware)";
    private const string AwareOrShould = "(" + Aware + " || (facts.institutions.means_of_knowledge_established && facts.knowledge.detectable_by_own_means))";
    private const string ResponseDeadline = "facts.knowledge.since.Add(facts.institutions.capacity == Capacity.advanced ? TimeSpan.FromHours(24)"
        + " : facts.institutions.capacity == Capacity.intermediate ? TimeSpan.FromHours(48) : TimeSpan.FromDays(5))";
    private const string Steps = "facts.response.steps";
    private const string Investigated = "(" + Steps + " & ResponseStepSet.investigated) != ResponseStepSet.None";
    private const string BlockedOrSeized = "(" + Steps + " & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure)) != ResponseStepSet.None";
    private const string Reasonable = "(facts.institutions.capacity == Capacity.advanced"
        + " ? " + Investigated + " && " + BlockedOrSeized + " && (" + Steps + " & ResponseStepSet.shared_indicators) != ResponseStepSet.None"
        + " : facts.institutions.capacity == Capacity.intermediate ? " + Investigated + " && " + BlockedOrSeized
        + " : (" + Steps + " & (ResponseStepSet.investigated | ResponseStepSet.warned_operators)) != ResponseStepSet.None)";
    private const string OngoingOrConcluded = "(facts.operation.phase == Phase.ongoing || facts.operation.phase == Phase.concluded)";

    public static Workflow[] Create() => [Rules(), Consequences()];

    private static Workflow Rules() => new()
    {
        WorkflowName = RulesWorkflow,
        Rules =
        [
            Dated("prevent_significant_harm", $"{Emanates} && {AwareOrShould} && {SignificantHarm}", Reasonable, "facts.response.acted_on", ResponseDeadline),
            Dated("take_action_against_operations", $"(facts.operation.phase == Phase.imminent || facts.operation.phase == Phase.ongoing) && {Emanates} && {Aware} && {SignificantHarm}",
                "(" + Steps + " & (ResponseStepSet.blocked_malicious_infrastructure | ResponseStepSet.seized_infrastructure | ResponseStepSet.arrested_perpetrators)) != ResponseStepSet.None",
                "facts.response.acted_on", ResponseDeadline),
            Dated("warn_of_imminent_risk", $"facts.operation.phase == Phase.imminent && {Emanates} && {AwareOrShould} && {SignificantHarm}",
                "facts.response.warning_issued", "facts.response.warned_on", "facts.knowledge.since.Add(TimeSpan.FromHours(24))"),
            Status("cooperate_in_criminal_investigations",
                "!facts.assistance.requested ? RuleStatus.NotApplicable : facts.assistance.treaty_ground_for_refusal ? RuleStatus.Overridden"
                + " : RulesEngineHelpers.Dated(facts.assistance.provided, facts.assistance.provided_on, facts.assistance.requested_on.Add("
                + "facts.institutions.capacity >= Capacity.advanced ? TimeSpan.FromDays(30) : facts.institutions.capacity >= Capacity.intermediate ? TimeSpan.FromDays(60) : TimeSpan.FromDays(90)), now)"),
            Permission("refuse_on_treaty_ground", "facts.assistance.requested && facts.assistance.treaty_ground_for_refusal"),
            Undated("give_reasons_for_refusal", "facts.assistance.refused", "facts.assistance.reasons_given"),
            Permission("request_assistance", $"{Emanates} && {SignificantHarm}"),
            Undated("criminalise_key_offences", "true",
                "(facts.institutions.criminalised_offences & (OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference | OffenceSet.system_interference | OffenceSet.misuse_of_devices))"
                + " == (OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference | OffenceSet.system_interference | OffenceSet.misuse_of_devices)"),
            Status("ensure_conduct_is_punishable",
                $"!((facts.operation.conducted_by == Actor.private_actor || facts.operation.conducted_by == Actor.security_researcher) && {OngoingOrConcluded} && {Emanates} && {SignificantHarm}) ? RuleStatus.NotApplicable"
                + " : facts.operation.conducted_by == Actor.security_researcher ? RuleStatus.Excused"
                + " : RulesEngineHelpers.In(facts.operation.offence, facts.institutions.criminalised_offences) ? RuleStatus.Complied : RuleStatus.Breached"),
            Undated("establish_investigative_powers", "true",
                "(facts.institutions.investigative_powers & (InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order | InvestigativePowerSet.search_and_seizure))"
                + " == (InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order | InvestigativePowerSet.search_and_seizure)"),
            Undated("safeguard_investigative_powers", "facts.institutions.investigative_powers != InvestigativePowerSet.None",
                "facts.institutions.powers_respect_privacy && (facts.institutions.safeguards & (SafeguardSet.judicial_authorisation | SafeguardSet.time_limits | SafeguardSet.limited_to_listed_offences)) != SafeguardSet.None"),
            Undated("set_up_point_of_contact", "true", "facts.institutions.point_of_contact_designated"),
            Undated("protect_critical_infrastructure", "true", "facts.institutions.critical_infrastructure_protected"),
            Undated("establish_means_of_knowledge", "true", "facts.institutions.means_of_knowledge_established"),
            Undated("use_means_of_knowledge", "facts.institutions.means_of_knowledge_established", "facts.institutions.means_of_knowledge_used"),
            Status("do_not_conduct_harmful_operations",
                $"facts.operation.conducted_by == Actor.own_organs && {OngoingOrConcluded} && {SignificantHarm} ? RuleStatus.Breached : RuleStatus.Complied"),
            Status("do_not_undermine_supply_chain", "facts.institutions.undermined_supply_chain ? RuleStatus.Breached : RuleStatus.Complied"),
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

    private static Rule Consequence(string name, string triggered, string conditions) => Status(name,
        $"!({triggered}) ? ConsequenceStatus.NotTriggered : ({conditions}) ? ConsequenceStatus.Applies : ConsequenceStatus.NotAvailable");

    private static Rule Dated(string name, string applies, string done, string doneOn, string deadline) => Status(name,
        $"!({applies}) ? {NotApplicable} : RulesEngineHelpers.Dated({done}, {doneOn}, {deadline}, now)");

    private static Rule Undated(string name, string applies, string done) =>
        Status(name, $"!({applies}) ? {NotApplicable} : ({done}) ? RuleStatus.Complied : RuleStatus.Breached");

    private static Rule Permission(string name, string applies) =>
        Status(name, $"({applies}) ? RuleStatus.Permitted : {NotApplicable}");

    /// <summary>A rule whose only work is its <c>status</c> parameter.</summary>
    private static Rule Status(string name, string status) => new()
    {
        RuleName = name,
        Expression = "true",
        LocalParams = [P(StatusParam, status)],
    };

    private static ScopedParam P(string name, string expression) => new() { Name = name, Expression = expression };
}
