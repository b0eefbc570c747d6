using NRules.Fluent.Dsl;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>Institutional duties (rules 7–14) and the prohibitions (15, 16).</summary>
public static partial class HarmPreventionNRules
{
    private const OffenceSet KeyOffences = OffenceSet.illegal_access | OffenceSet.illegal_interception | OffenceSet.data_interference
        | OffenceSet.system_interference | OffenceSet.misuse_of_devices;
    private const InvestigativePowerSet KeyPowers = InvestigativePowerSet.expedited_preservation | InvestigativePowerSet.production_order
        | InvestigativePowerSet.search_and_seizure;

    public sealed class CriminaliseKeyOffences : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c);
            Then().Do(ctx => c.DecideUndated(ctx, 7, (c.Inst.criminalised_offences & KeyOffences) == KeyOffences));
        }
    }

    /// <summary>Conduct of private actors and researchers; a security researcher is excused.</summary>
    public sealed class EnsureConductIsPunishable : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => (x.Op.conducted_by == Actor.private_actor || x.Op.conducted_by == Actor.security_researcher)
                    && (x.Op.phase == Phase.ongoing || x.Op.phase == Phase.concluded) && x.Op.origin != Origin.elsewhere)
                .Exists<SignificantHarm>();
            Then().Do(ctx => c.Decide(ctx, 8, c.Op.conducted_by == Actor.security_researcher ? RuleStatus.Excused
                : ((ulong)c.Inst.criminalised_offences & (1UL << (int)c.Op.offence)) != 0 ? RuleStatus.Complied : RuleStatus.Breached));
        }
    }

    public sealed class EstablishInvestigativePowers : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c);
            Then().Do(ctx => c.DecideUndated(ctx, 9, (c.Inst.investigative_powers & KeyPowers) == KeyPowers));
        }
    }

    public sealed class SafeguardInvestigativePowers : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Inst.investigative_powers != InvestigativePowerSet.None);
            Then().Do(ctx => c.DecideUndated(ctx, 10, c.Inst.powers_respect_privacy
                && (c.Inst.safeguards & (SafeguardSet.judicial_authorisation | SafeguardSet.time_limits | SafeguardSet.limited_to_listed_offences)) != 0));
        }
    }

    public sealed class SetUpPointOfContact : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c);
            Then().Do(ctx => c.DecideUndated(ctx, 11, c.Inst.point_of_contact_designated));
        }
    }

    public sealed class ProtectCriticalInfrastructure : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c);
            Then().Do(ctx => c.DecideUndated(ctx, 12, c.Inst.critical_infrastructure_protected));
        }
    }

    public sealed class EstablishMeansOfKnowledge : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c);
            Then().Do(ctx => c.DecideUndated(ctx, 13, c.Inst.means_of_knowledge_established));
        }
    }

    public sealed class UseMeansOfKnowledge : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Inst.means_of_knowledge_established);
            Then().Do(ctx => c.DecideUndated(ctx, 14, c.Inst.means_of_knowledge_used));
        }
    }

    /// <summary>A prohibition is complied with unless its act is done: the <c>When</c> is the act.</summary>
    public sealed class DoNotConductHarmfulOperations : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Op.conducted_by == Actor.own_organs && (x.Op.phase == Phase.ongoing || x.Op.phase == Phase.concluded))
                .Exists<SignificantHarm>();
            Then().Do(ctx => c.Decide(ctx, 15, RuleStatus.Breached));
        }
    }

    public sealed class DoNotUndermineSupplyChain : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c, x => x.Inst.undermined_supply_chain);
            Then().Do(ctx => c.Decide(ctx, 16, RuleStatus.Breached));
        }
    }
}
