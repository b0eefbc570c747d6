using CsCheck;

namespace Obligations.Testing.Generation;

/// <summary>
/// CsCheck generators of rule sets. A rule set is built from a list of choices (see <see cref="Choices"/>), so
/// CsCheck's shrinking of the list shrinks the rule set: a failing property reports a small rule set.
/// </summary>
public static class RuleSetGen
{
    /// <summary>Choice lists: values shrink towards 0 (the simplest option), lengths towards 0 (the smallest rule set).</summary>
    public static readonly Gen<int[]> ChoiceList = Gen.Int[0, 1 << 16].Array[0, 1200];

    public static readonly Gen<GeneratedRuleSet> RuleSet = ChoiceList.Select(c => RuleSetBuilder.Build(c));

    /// <summary>The rule set of a seed, the same on every machine (for the long run and for reproducing a report).</summary>
    public static GeneratedRuleSet FromSeed(int seed) => RuleSetBuilder.Build(Choices.FromSeed(seed));
}
