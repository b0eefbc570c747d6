using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Runtime.Metadata;
using Obligations.Syntax;

namespace Obligations.Emit.Lowering;

/// <summary>
/// A condition the evaluator records under <see cref="Id"/>: its role, the declaration it belongs to, the bound
/// expression (null for <see cref="ConditionKind.DoneInTime"/>, which the emitter builds), where it is written,
/// and the ids of the named conditions it is made of.
/// </summary>
internal sealed record ConditionModel(
    int Id,
    ConditionKind Kind,
    Symbol Owner,
    BoundExpression? Expression,
    SyntaxNode Anchor,
    string Text,
    string? Citation,
    ImmutableArray<int> Supports)
{
    /// <summary>The trigger, threshold or criterion this condition is the value of; null for clauses.</summary>
    public Symbol? Named { get; init; }
}
