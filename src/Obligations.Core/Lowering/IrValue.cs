namespace Obligations.Lowering;

public enum IrValueKind { Define, Trigger, Threshold, Criterion }

/// <summary>
/// A named value computed once per evaluation: a define, a trigger, a threshold or one of its criteria.
/// <see cref="IrProgram.Values"/> lists them so that each comes after every value it reads. A trigger, threshold
/// or criterion is also a recorded <see cref="Condition"/> (for explanations).
/// </summary>
public sealed class IrValue(IrValueKind kind, string name, IrType type, IrSource source, string? doc)
{
    public IrValueKind Kind => kind;
    public string Name => name;
    public IrType Type => type;
    public IrSource Source => source;
    public string? Doc => doc;

    /// <summary>The expression; for a threshold an <see cref="IrLogical"/> over its criteria's values.</summary>
    public IrExpression Body { get; internal set; } = null!;

    public IrCondition? Condition { get; internal set; }

    /// <summary>Position in <see cref="IrProgram.Values"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>For a criterion, its threshold.</summary>
    public IrValue? Threshold { get; internal set; }

    /// <summary>For a criterion, how firmly the law establishes it (settled unless written).</summary>
    public IrStrength Strength { get; internal set; }

    /// <summary>For a value that reads a non-settled criterion: the same value with those criteria taken as unmet.</summary>
    public IrValue? SettledView { get; internal set; }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}
