using NRules.Fluent.Dsl;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>
/// The harm-prevention rules as NRules rules (Rete, forward chaining): a rule's <c>When</c> is its applicability,
/// its <c>Then</c> decides the status; significant harm is inferred once as a fact; breaches are inserted as facts
/// that the consequence rules match. NRules rules are classes, so each is a small nested class here, in the
/// order of the rule set (indices are the generated RuleIds).
/// </summary>
public static partial class HarmPreventionNRules
{
    public sealed class SignificantHarmThreshold : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Op.amounts_to_use_of_force || x.Op.amounts_to_prohibited_intervention || x.Op.violates_sovereignty
                || x.Op.concern_in_interstate_relations || x.Op.target_sector <= Sector.government_services
                || x.Op.core_components_affected != CoreComponentSet.None
                || (x.Op.espionage_target >= EspionageTarget.governmental_institutions && x.Op.espionage_target <= EspionageTarget.economic_espionage)
                || (x.Op.economic_harm & (EconomicHarmSet.ransomware | EconomicHarmSet.intellectual_property_theft | EconomicHarmSet.trade_secret_theft)) != 0
                || x.Op.economic_loss >= 10_000_000m);
            Then().Do(ctx => ctx.Insert(new SignificantHarm()));
        }
    }

    public sealed class PreventSignificantHarm : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Op.origin != Origin.elsewhere && x.Op.conducted_by != Actor.own_organs && x.AwareOrShould)
                .Exists<SignificantHarm>();
            Then().Do(ctx => c.DecideDated(ctx, 0, c.ReasonableMeasures, c.Response.acted_on, c.ResponseDeadline));
        }
    }

    public sealed class TakeActionAgainstOperations : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => (x.Op.phase == Phase.imminent || x.Op.phase == Phase.ongoing)
                    && x.Op.origin != Origin.elsewhere && x.Op.conducted_by != Actor.own_organs && x.Aware)
                .Exists<SignificantHarm>();
            Then().Do(ctx => c.DecideDated(ctx, 1, c.BlockedOrSeized || (c.Response.steps & ResponseStepSet.arrested_perpetrators) != 0,
                c.Response.acted_on, c.ResponseDeadline));
        }
    }

    public sealed class WarnOfImminentRisk : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Op.phase == Phase.imminent && x.Op.origin != Origin.elsewhere && x.Op.conducted_by != Actor.own_organs && x.AwareOrShould)
                .Exists<SignificantHarm>();
            Then().Do(ctx => c.DecideDated(ctx, 2, c.Response.warning_issued, c.Response.warned_on, c.Knowledge.since + TimeSpan.FromHours(24)));
        }
    }

    /// <summary>Applies when requested; a permitted refusal overrides it.</summary>
    public sealed class CooperateInCriminalInvestigations : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Assistance.requested);
            Then().Do(ctx => Decide(ctx, c));
        }

        private static void Decide(NRules.RuleModel.IContext ctx, HarmCase c)
        {
            if (c.Assistance.treaty_ground_for_refusal)
            {
                c.Decide(ctx, 3, RuleStatus.Overridden);
                return;
            }
            var time = c.Inst.capacity >= Capacity.advanced ? TimeSpan.FromDays(30) : c.Inst.capacity >= Capacity.intermediate ? TimeSpan.FromDays(60) : TimeSpan.FromDays(90);
            c.DecideDated(ctx, 3, c.Assistance.provided, c.Assistance.provided_on, c.Assistance.requested_on + time);
        }
    }

    public sealed class RefuseOnTreatyGround : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Assistance.requested && x.Assistance.treaty_ground_for_refusal);
            Then().Do(ctx => c.Decide(ctx, 4, RuleStatus.Permitted));
        }
    }

    public sealed class GiveReasonsForRefusal : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Assistance.refused);
            Then().Do(ctx => c.DecideUndated(ctx, 5, c.Assistance.reasons_given));
        }
    }

    public sealed class RequestAssistance : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Op.origin != Origin.elsewhere && x.Op.conducted_by != Actor.own_organs).Exists<SignificantHarm>();
            Then().Do(ctx => c.Decide(ctx, 6, RuleStatus.Permitted));
        }
    }
}
