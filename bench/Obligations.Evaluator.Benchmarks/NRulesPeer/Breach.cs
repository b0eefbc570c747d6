namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>Inferred fact: rule <see cref="Rule"/> (a RuleIds index) is breached. <see cref="Bit"/> is its bit in a rule mask.</summary>
public sealed class Breach(int rule)
{
    public int Rule { get; } = rule;

    public uint Bit { get; } = 1u << rule;
}
