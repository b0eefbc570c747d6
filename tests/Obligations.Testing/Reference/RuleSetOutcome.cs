namespace Obligations.Testing.Reference;

/// <summary>
/// A reference's outcome for one situation. <see cref="EvaluationError"/>: the situation cannot be evaluated (a
/// division by zero, a guarded match with no arm); the generated evaluator must fail as well.
/// <see cref="Unsupported"/>: the reference has no meaning for something in the rule set (nothing is compared).
/// </summary>
public sealed record RuleSetOutcome(
    IReadOnlyList<RuleVerdict> Rules,
    IReadOnlyList<ConsequenceVerdict> Consequences,
    string? EvaluationError = null,
    string? Unsupported = null)
{
    public static RuleSetOutcome Error(string message) => new([], [], EvaluationError: message);

    public static RuleSetOutcome NotSupported(string reason) => new([], [], Unsupported: reason);
}
