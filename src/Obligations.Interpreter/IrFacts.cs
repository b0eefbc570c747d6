using Obligations.Lowering;

namespace Obligations.Interpretation;

/// <summary>
/// Fact values for the interpreter, indexed like <see cref="IrProgram.Facts"/>. Values: bool, long (int),
/// decimal (decimal, money), TimeSpan, DateTimeOffset, string, <see cref="IrEnumMember"/>, ulong (a set: bit
/// <c>1 &lt;&lt; ordinal</c> per member), or object?[] (a record, indexed like its fields). Null: not given.
/// </summary>
public sealed class IrFacts(IrProgram program)
{
    private readonly object?[] _values = new object?[program.Facts.Length];

    public IrProgram Program => program;

    public object? this[IrFact fact]
    {
        get => _values[fact.Index];
        set => _values[fact.Index] = value;
    }

    public object? this[string name]
    {
        get => _values[program.FindFact(name)!.Index];
        set => _values[(program.FindFact(name) ?? throw new KeyNotFoundException($"no fact '{name}'")).Index] = value;
    }
}
