using System.Collections.Immutable;

namespace Obligations.Lowering;

/// <summary>The role of a recorded condition; the same names as the runtime's condition kinds.</summary>
public enum IrConditionKind { When, Unless, Done, DoneInTime, ConsequenceWhen, Trigger, Threshold, Criterion }

/// <summary>
/// A condition whose truth an evaluation records under <see cref="Id"/> (the index into
/// <see cref="IrProgram.Conditions"/>), so that an explanation can say which conditions held. Named conditions
/// (triggers, thresholds, criteria) come first, then rule clauses, then consequence conditions.
/// <see cref="Supports"/> are the named conditions it reads, directly or through defines.
/// </summary>
public sealed record IrCondition(int Id, IrConditionKind Kind, string Owner, IrExpression? Expression, IrSource Source, ImmutableArray<int> Supports)
{
    /// <summary>The named value this condition is the truth of (trigger, threshold, criterion); null for clauses.</summary>
    public IrValue? Named { get; init; }
}
