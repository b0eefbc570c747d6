using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>
/// A condition and what it came to, with the named conditions (triggers, thresholds, criteria) it is made of.
/// A named condition has one <see cref="Reason"/> per explanation, shared by every rule that uses it.
/// </summary>
public sealed record Reason(ConditionInfo Condition, ConditionValue Value, IReadOnlyList<Reason> Because)
{
    public bool Held => Value == ConditionValue.True;

    /// <summary>
    /// The part of <see cref="Because"/> that decided this value: for a condition that held, the parts that held
    /// (the criteria met of an <c>any of</c>); for one that failed, the parts that failed (the criterion missed of
    /// an <c>all of</c>). All of <see cref="Because"/> when none of its parts agrees (a negation).
    /// </summary>
    public IReadOnlyList<Reason> Decisive { get; init; } = [];

    /// <summary>The facts the condition read and their values; empty when the facts were not given to <c>Explain</c>.</summary>
    public IReadOnlyList<FactValue> Facts { get; init; } = [];
}
