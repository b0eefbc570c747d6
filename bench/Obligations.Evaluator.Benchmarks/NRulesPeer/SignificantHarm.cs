namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>Inferred fact: the operation meets the significant-harm threshold (inserted once, matched by several rules).</summary>
public sealed class SignificantHarm;
