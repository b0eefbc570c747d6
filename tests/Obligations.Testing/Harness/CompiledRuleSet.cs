using Obligations.Runtime;

namespace Obligations.Testing.Harness;

/// <summary>
/// A rule set's generated evaluator, or why there is none (the emitter's or the C# compiler's errors).
/// <see cref="Warnings"/>: C# warnings of the generated code (evaluators must compile without any); the evaluator
/// is still loaded so that its outcomes can be compared.
/// </summary>
public sealed record CompiledRuleSet(string Text, IEvaluator? Evaluator, string? Failure, string? Warnings = null);
