using CsCheck;
using Obligations.Testing.Generation;

namespace Obligations.Testing.Situations;

/// <summary>CsCheck generators of situations for a generated rule set, and of rule sets with their situations.</summary>
public static class SituationGen
{
    public static Gen<GeneratedSituation> For(GeneratedRuleSet ruleSet) =>
        Gen.Int[0, 1 << 16].Array[0, 200].Select(c => SituationBuilder.Build(ruleSet, new Choices(c)));

    /// <summary>A rule set and <paramref name="count"/> situations for it; both shrink.</summary>
    public static Gen<GeneratedCase> Cases(int count) =>
        from ruleSet in RuleSetGen.RuleSet
        from situations in For(ruleSet).Array[count]
        select new GeneratedCase(ruleSet, situations);

    /// <summary>The situations of a seed for a rule set, the same on every machine.</summary>
    public static GeneratedSituation FromSeed(GeneratedRuleSet ruleSet, int seed) => SituationBuilder.Build(ruleSet, Choices.FromSeed(seed, 200));
}
