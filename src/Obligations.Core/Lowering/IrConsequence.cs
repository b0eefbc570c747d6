using System.Collections.Immutable;

namespace Obligations.Lowering;

public enum IrConsequenceKind { Responsibility, Compensation, Cessation, Reparation, Countermeasures, Penalty, Termination }

/// <summary>A consequence's status; the same names as the runtime's <c>ConsequenceStatus</c>.</summary>
public enum IrConsequenceStatus { NotTriggered, Applies, NotAvailable }

/// <summary>
/// What follows a breach: triggered when some rule in <see cref="Rules"/> is breached; then it applies when every
/// condition in <see cref="Whens"/> holds, and is not available otherwise.
/// </summary>
public sealed class IrConsequence(int index, string name, IrConsequenceKind? kind, IrSource source, string? doc)
{
    public int Index => index;
    public string Name => name;
    public IrConsequenceKind? Kind => kind;
    public IrSource Source => source;
    public string? Doc => doc;
    public bool FollowsAnyBreach { get; internal set; }

    /// <summary><c>owed to …</c>: the injured party (null: not stated).</summary>
    public IrParty? OwedTo { get; internal set; }
    public ImmutableArray<int> Rules { get; internal set; } = [];

    /// <summary><c>on not_met of …</c>: non-binding rules whose <c>not_met</c> also triggers this consequence.</summary>
    public ImmutableArray<int> NotMetRules { get; internal set; } = [];
    public ImmutableArray<IrCondition> Whens { get; internal set; } = [];
    public override string ToString() => $"consequence {Name}";
}
