using System.Collections.Immutable;

namespace Obligations.Lowering;

/// <summary>
/// An act: <see cref="Done"/> says whether it was done (null: the rules give no compliance test), and
/// <see cref="CompletedOn"/> when (null: not time-bound).
/// </summary>
public sealed class IrMeasure(string name, string? description, IrSource source, string? doc)
{
    public string Name => name;
    public string? Description => description;
    public IrSource Source => source;
    public string? Doc => doc;
    public IrExpression? Done { get; internal set; }
    public IrExpression? CompletedOn { get; internal set; }
    public ImmutableArray<IrMeasure> IncompatibleWith { get; internal set; } = [];
    public override string ToString() => Name;
}
