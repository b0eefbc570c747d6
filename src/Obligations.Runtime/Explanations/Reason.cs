using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>A condition and what it came to, with the named conditions (triggers, thresholds, criteria) it is made of.</summary>
public sealed record Reason(ConditionInfo Condition, ConditionValue Value, IReadOnlyList<Reason> Because)
{
    public bool Held => Value == ConditionValue.True;
}
