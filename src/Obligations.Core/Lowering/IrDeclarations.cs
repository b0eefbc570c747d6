using System.Collections.Immutable;

namespace Obligations.Lowering;

// The data a rule set is about: enums, records, facts and parties. Declarations compare by reference.

/// <summary>An enum; <see cref="IsOrdered"/> members compare by <see cref="IrEnumMember.Ordinal"/>.</summary>
public sealed class IrEnum(string name, bool isOrdered, IrSource source, string? doc)
{
    public string Name => name;
    public bool IsOrdered => isOrdered;
    public IrSource Source => source;
    public string? Doc => doc;
    public ImmutableArray<IrEnumMember> Members { get; internal set; } = [];
    public override string ToString() => Name;
}

public sealed class IrEnumMember(IrEnum owner, string name, int ordinal, IrSource source, string? doc)
{
    public IrEnum Enum => owner;
    public string Name => name;

    /// <summary>Position in declaration order (first is lowest); bit <c>1 &lt;&lt; Ordinal</c> in a set.</summary>
    public int Ordinal => ordinal;
    public IrSource Source => source;
    public string? Doc => doc;
    public override string ToString() => $"{owner.Name}.{Name}";
}

public sealed class IrRecord(string name, IrSource source, string? doc)
{
    public string Name => name;
    public IrSource Source => source;
    public string? Doc => doc;
    public ImmutableArray<IrField> Fields { get; internal set; } = [];
    public override string ToString() => Name;
}

public sealed class IrField(IrRecord owner, string name, int index, IrSource source, string? doc)
{
    public IrRecord Record => owner;
    public string Name => name;
    public int Index => index;
    public IrSource Source => source;
    public string? Doc => doc;
    public IrType Type { get; internal set; } = IrType.Bool;
    public override string ToString() => $"{owner.Name}.{Name}";
}

/// <summary>A fact the caller supplies: a top-level input of the rule set.</summary>
public sealed class IrFact(string name, int index, IrSource source, string? doc)
{
    public string Name => name;
    public int Index => index;
    public IrSource Source => source;
    public string? Doc => doc;
    public IrType Type { get; internal set; } = IrType.Bool;
    public override string ToString() => Name;
}

public sealed class IrParty(string name, string? description, IrSource source)
{
    public string Name => name;
    public string? Description => description;
    public IrSource Source => source;
    public override string ToString() => Name;
}
