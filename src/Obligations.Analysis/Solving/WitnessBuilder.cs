using System.Collections.Immutable;
using Google.OrTools.Sat;
using Obligations.Analysis.Evaluation;
using Obligations.Binding;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Reads a solver solution back into a complete <see cref="Situation"/>: the facts the model mentions get the
/// solver's values, every other fact a plain default (false, 0, the first member, the empty set), so the
/// witness can be handed to an evaluator as it is.
/// </summary>
internal sealed class WitnessBuilder(BoundProgram program)
{
    public static readonly DateTimeOffset DefaultNow = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public (Situation Witness, ImmutableArray<KeyValuePair<string, object>> Relevant) Read(CpSolver solver, FactVariables facts, NumericScaling scaling)
    {
        var relevant = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (path, (type, value)) in facts.All)
            relevant[path] = ReadValue(solver, type, value, scaling);
        var now = relevant.TryGetValue(FactVariables.NowPath, out var n) ? (DateTimeOffset)n : DefaultNow;
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var fact in program.Facts) root[fact.Name] = Default(fact.Type, now);
        foreach (var (path, value) in relevant)
            if (path != FactVariables.NowPath) Set(root, path.Split('.'), value);
        return (new Situation(Freeze(root), now), relevant.ToImmutableArray());
    }

    private static object ReadValue(CpSolver solver, OblType type, EncodedValue value, NumericScaling scaling) => value switch
    {
        BoolValue b => IsTrue(solver, b.Lit),
        EnumValue e => ((EnumType)type).Symbol.Members[e.Members.Select((l, i) => (l, i)).First(p => IsTrue(solver, p.l)).i],
        SetValue s => ((SetType)type).Element is EnumType element
            ? element.Symbol.Members.Where((_, i) => IsTrue(solver, s.Members[i])).ToImmutableHashSet()
            : ImmutableHashSet<EnumMemberSymbol>.Empty,
        TextValue text => text.Literals.FirstOrDefault(p => solver.BooleanValue(p.Value)).Key ?? OtherText(text),
        NumberValue number => FromUnits(type, solver.Value(number.Form.ToIntegerExpression()), scaling),
        _ => throw new InvalidOperationException("unknown encoded value"),
    };

    private static object FromUnits(OblType type, long scaled, NumericScaling scaling)
    {
        // A fact variable's form is variable × unit, so the integer expression is the variable itself.
        var amount = Rational.FromInteger(scaled) * scaling.UnitOf(type);
        return type switch
        {
            PrimitiveType { Kind: PrimitiveKind.Duration } => TimeSpan.FromMinutes((double)amount.ToDecimal()),
            PrimitiveType { Kind: PrimitiveKind.Date } => DateTimeOffset.UnixEpoch.AddMinutes((double)amount.ToDecimal()),
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

    public static object Default(OblType type, DateTimeOffset now) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => false,
        PrimitiveType { Kind: PrimitiveKind.Duration } => TimeSpan.Zero,
        PrimitiveType { Kind: PrimitiveKind.Date } => now,
        PrimitiveType { Kind: PrimitiveKind.Text } => string.Empty,
        EnumType e when e.Symbol.Members.Length > 0 => e.Symbol.Members[0],
        SetType => ImmutableHashSet<EnumMemberSymbol>.Empty,
        RecordType r => r.Symbol.Fields.ToDictionary(f => f.Name, f => Default(f.Type, now), StringComparer.Ordinal),
        _ => 0m,
    };

    private static void Set(Dictionary<string, object> root, string[] parts, object value)
    {
        var current = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!current.TryGetValue(parts[i], out var next) || next is not Dictionary<string, object> record)
                current[parts[i]] = record = new Dictionary<string, object>(StringComparer.Ordinal);
            current = record;
        }
        current[parts[^1]] = value;
    }

    private static ImmutableDictionary<string, object> Freeze(Dictionary<string, object> record) =>
        record.ToImmutableDictionary(p => p.Key, p => p.Value is Dictionary<string, object> r ? Freeze(r) : p.Value, StringComparer.Ordinal);
}
