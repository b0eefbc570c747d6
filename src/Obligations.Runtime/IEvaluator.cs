using Obligations.Runtime.Metadata;

namespace Obligations.Runtime;

/// <summary>
/// What every generated evaluator implements, for hosts that do not compile against its typed classes.
/// Typed callers use the generated class's own <c>Evaluate(Facts, DateTimeOffset, EvaluationResult)</c>.
/// </summary>
public interface IEvaluator
{
    RuleSetInfo RuleSet { get; }

    /// <summary>The generated facts class: one property per <c>fact</c>.</summary>
    Type FactsType { get; }

    /// <summary>A result to reuse across calls; evaluating into it allocates nothing.</summary>
    EvaluationResult CreateResult();

    /// <summary>Evaluates <paramref name="facts"/> (an instance of <see cref="FactsType"/>) into <paramref name="result"/>.</summary>
    void Evaluate(object facts, DateTimeOffset now, EvaluationResult result);
}
