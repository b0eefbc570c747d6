namespace Obligations.Testing.Reference;

/// <summary>
/// An evaluator the generated C# evaluator is compared against: from the rule set's text, the facts JSON and now,
/// every rule's status and deadline and every consequence's status (status names as in scenario files:
/// "not_applicable", "applies"). An implementation that cannot decide something says so in the outcome
/// (<see cref="RuleSetOutcome.Unsupported"/>, or several allowed statuses) rather than guessing.
/// </summary>
public interface IReferenceEvaluator
{
    RuleSetOutcome Evaluate(string oblText, string factsJson, DateTimeOffset now);
}
