using System.Collections.Immutable;

namespace Obligations.Lowering;

/// <summary>
/// A rule set lowered once from the bound program: what it means, with nothing left to re-derive. The
/// interpreter, the solver encoder and the C# emitter all read this and nothing else (see docs/ir.md).
/// </summary>
public sealed class IrProgram
{
    internal IrProgram() { }

    public ImmutableArray<IrEnum> Enums { get; internal set; } = [];
    public ImmutableArray<IrRecord> Records { get; internal set; } = [];
    public ImmutableArray<IrFact> Facts { get; internal set; } = [];
    public ImmutableArray<IrParty> Parties { get; internal set; } = [];

    /// <summary>Defines, triggers, thresholds and criteria, each after every value it reads.</summary>
    public ImmutableArray<IrValue> Values { get; internal set; } = [];
    public ImmutableArray<IrMeasure> Measures { get; internal set; } = [];
    public ImmutableArray<IrRule> Rules { get; internal set; } = [];
    public ImmutableArray<IrConsequence> Consequences { get; internal set; } = [];

    /// <summary>Every recorded condition, indexed by <see cref="IrCondition.Id"/>.</summary>
    public ImmutableArray<IrCondition> Conditions { get; internal set; } = [];

    /// <summary>Enums used as the element type of some set (the emitter gives them a flags type).</summary>
    public ImmutableHashSet<IrEnum> SetElementEnums { get; internal set; } = [];

    /// <summary>Why some values could not be lowered (definition cycles, too deep): each such value is IrInvalid.</summary>
    public ImmutableArray<string> Problems { get; internal set; } = [];

    public IrRule? FindRule(string name) => Rules.FirstOrDefault(r => r.Name == name);
    public IrFact? FindFact(string name) => Facts.FirstOrDefault(f => f.Name == name);
}
