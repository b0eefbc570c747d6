using NRules.Fluent.Dsl;
using Obligations.Evaluator.Benchmarks.Rules;

namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>Consequences: triggered by a <see cref="Breach"/> of one of the rules they follow (a bit mask of RuleIds).</summary>
public static partial class HarmPreventionNRules
{
    private const uint HarmBreaches = 1u << 0 | 1u << 1 | 1u << 15;
    private const uint CompensationBreaches = HarmBreaches | 1u << 2;
    private const uint InstitutionalBreaches = 0b1_0111_1111_1000_0000; // rules 7–14 and 16
    private const uint CountermeasureBreaches = CompensationBreaches | 1u << 3 | 1u << 5;

    public sealed class StateResponsibility : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c).Exists<Breach>();
            Then().Do(ctx => c.DecideConsequence(0, true));
        }
    }

    public sealed class CompensationForHarm : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c).Exists<Breach>(b => (b.Bit & CompensationBreaches) != 0);
            Then().Do(ctx => c.DecideConsequence(1, c.Op.harm_occurred));
        }
    }

    public sealed class CessationOfOperation : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c).Exists<Breach>(b => (b.Bit & HarmBreaches) != 0);
            Then().Do(ctx => c.DecideConsequence(2, c.Op.phase == Phase.ongoing));
        }
    }

    public sealed class InstitutionalSafeguards : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c).Exists<Breach>(b => (b.Bit & InstitutionalBreaches) != 0);
            Then().Do(ctx => c.DecideConsequence(3, true));
        }
    }

    public sealed class CountermeasuresByAffectedState : Rule
    {
        public override void Define()
        {
            HarmCase c = default!;
            When().Match(() => c).Exists<Breach>(b => (b.Bit & CountermeasureBreaches) != 0);
            Then().Do(ctx => c.DecideConsequence(4, c.Plan.notified_responsible_state
                && c.Plan.purpose == CountermeasurePurpose.induce_compliance && c.Plan.proportionate));
        }
    }
}
