using System.Collections.Immutable;
using Google.OrTools.Sat;
using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Reads a solver solution back into complete <see cref="IrFacts"/>: the facts the model mentions get the
/// solver's values, every other fact a plain default (false, 0, the first member, the empty set), so the
/// witness can be handed to the interpreter and to an evaluator as it is.
/// </summary>
internal sealed class WitnessBuilder(IrProgram program)
{
    public static readonly DateTimeOffset DefaultNow = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public (Witness Witness, ImmutableArray<KeyValuePair<string, string>> Relevant) Read(CpSolver solver, FactVariables facts, NumericScaling scaling)
    {
        var values = new SortedDictionary<string, (IrType Type, object Value)>(StringComparer.Ordinal);
        foreach (var (path, (type, value)) in facts.All)
            values[path] = (type, ReadValue(solver, type, value, scaling));
        var now = values.TryGetValue(FactVariables.NowPath, out var n) ? (DateTimeOffset)n.Value : DefaultNow;
        var result = new IrFacts(program);
        foreach (var fact in program.Facts) result[fact] = Default(fact.Type, now);
        foreach (var (path, (_, value)) in values)
            if (path != FactVariables.NowPath) Set(result, path.Split('.'), value);
        var relevant = values.Select(p => KeyValuePair.Create(p.Key, WitnessFormatter.Display(p.Value.Type, p.Value.Value))).ToImmutableArray();
        return (new Witness(program, result, now), relevant);
    }

    private static object ReadValue(CpSolver solver, IrType type, EncodedValue value, NumericScaling scaling) => value switch
    {
        BoolValue b => IsTrue(solver, b.Lit),
        EnumValue e => type.Enum!.Members[e.Members.Select((l, i) => (l, i)).First(p => IsTrue(solver, p.l)).i],
        SetValue s => s.Members.Select((l, i) => IsTrue(solver, l) ? 1UL << i : 0UL).Aggregate(0UL, (a, b) => a | b),
        TextValue text => text.Literals.FirstOrDefault(p => solver.BooleanValue(p.Value)).Key ?? OtherText(text),
        NumberValue number => FromUnits(type, solver.Value(number.Form.ToIntegerExpression()), scaling),
        _ => throw new InvalidOperationException("unknown encoded value"),
    };

    private static object FromUnits(IrType type, long scaled, NumericScaling scaling)
    {
        // A fact variable's form is variable × unit, so the integer expression is the variable itself.
        var amount = Rational.FromInteger(scaled) * scaling.UnitOf(type);
        return type.Kind switch
        {
            IrTypeKind.Duration => TimeSpan.FromMinutes((double)amount.ToDecimal()),
            IrTypeKind.Date => DateTimeOffset.UnixEpoch.AddMinutes((double)amount.ToDecimal()),
            IrTypeKind.Int => (long)amount.ToDecimal(),
            _ => amount.ToDecimal(),
        };
    }

    /// <summary>A text different from every literal the fact is compared with.</summary>
    private static string OtherText(TextValue text)
    {
        var candidate = string.Empty;
        for (var i = 1; text.Literals.ContainsKey(candidate); i++) candidate = $"other {i}";
        return candidate;
    }

    private static bool IsTrue(CpSolver solver, Lit lit) => lit.Constant ?? solver.BooleanValue(lit.Literal!);

    /// <summary>A plain value of a type, in the interpreter's representation.</summary>
    public static object Default(IrType type, DateTimeOffset now) => Default(type, now, []);

    /// <summary>
    /// <paramref name="building"/> holds the records being filled in: a record that contains itself (an error the
    /// binder reports, which the analyses still see) gets no value where it recurs, instead of recursing forever.
    /// </summary>
    private static object Default(IrType type, DateTimeOffset now, HashSet<IrRecord> building) => type.Kind switch
    {
        IrTypeKind.Bool => false,
        IrTypeKind.Int => 0L,
        IrTypeKind.Duration => TimeSpan.Zero,
        IrTypeKind.Date => now,
        IrTypeKind.Text => string.Empty,
        IrTypeKind.Enum when type.Enum!.Members.Length > 0 => type.Enum.Members[0],
        IrTypeKind.Set => 0UL,
        IrTypeKind.Record => DefaultRecord(type.Record!, now, building),
        _ => 0m,
    };

    private static object?[] DefaultRecord(IrRecord record, DateTimeOffset now, HashSet<IrRecord> building)
    {
        building.Add(record);
        var values = record.Fields
            .Select(f => f.Type.Kind == IrTypeKind.Record && building.Contains(f.Type.Record!) ? null : Default(f.Type, now, building))
            .ToArray();
        building.Remove(record);
        return values;
    }

    private void Set(IrFacts facts, string[] parts, object value)
    {
        var fact = program.FindFact(parts[0])!;
        if (parts.Length == 1)
        {
            facts[fact] = value;
            return;
        }
        var record = (object?[])facts[fact]!;
        var type = fact.Type;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var field = type.Record!.Fields.First(f => f.Name == parts[i]);
            record = (object?[])record[field.Index]!;
            type = field.Type;
        }
        record[type.Record!.Fields.First(f => f.Name == parts[^1]).Index] = value;
    }
}
