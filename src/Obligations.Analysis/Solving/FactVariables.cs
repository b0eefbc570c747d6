using System.Collections.Immutable;
using Google.OrTools.Sat;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// The model's variables for facts, created on first use and keyed by path (<c>operation.phase</c>): a
/// boolean per bool fact, a literal per member for enums (exactly one true) and sets of enums, a bounded
/// integer for numbers, money, durations and dates, and one date variable for <c>now</c>.
/// </summary>
internal sealed class FactVariables(CpModel model, NumericScaling scaling)
{
    public const string NowPath = "now";

    private static readonly long DefaultDateMinutes =
        (long)(WitnessBuilder.DefaultNow - DateTimeOffset.UnixEpoch).TotalMinutes;

    private readonly Dictionary<string, (IrType Type, EncodedValue Value)> _byPath = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, (IrType Type, EncodedValue Value)>> All => _byPath;

    public EncodedValue Get(string path, IrType type)
    {
        if (_byPath.TryGetValue(path, out var existing)) return existing.Value;
        var value = Create(path, type);
        _byPath[path] = (type, value);
        return value;
    }

    public EncodedValue Now() => Get(NowPath, IrType.Date);

    /// <summary>A text fact equals at most one of the literals it is compared with.</summary>
    public void Complete()
    {
        foreach (var (_, (_, value)) in _byPath)
            if (value is TextValue { Literals.Count: > 1 } text) model.AddAtMostOne(text.Literals.Values);
    }

    /// <summary>The literal "this text fact equals <paramref name="literal"/>".</summary>
    public ILiteral TextEquals(TextValue text, string literal)
    {
        if (!text.Literals.TryGetValue(literal, out var variable))
            text.Literals[literal] = variable = model.NewBoolVar($"{text.Path}=\"{literal}\"");
        return variable;
    }

    private EncodedValue Create(string path, IrType type)
    {
        switch (type.Kind)
        {
            case IrTypeKind.Bool:
                return new BoolValue(Lit.Of(model.NewBoolVar(path)));
            case IrTypeKind.Enum:
            {
                var members = type.Enum!.Members.Select(m => (ILiteral)model.NewBoolVar($"{path}={m.Name}")).ToList();
                if (members.Count == 0) throw new NotDecidedException($"'{path}' of an enum without members");
                model.AddExactlyOne(members);
                return new EnumValue([.. members.Select(Lit.Of)]);
            }
            case IrTypeKind.Set when type.Element is { Kind: IrTypeKind.Enum, Enum: { } e }:
                return new SetValue([.. e.Members.Select(m => Lit.Of(model.NewBoolVar($"{m.Name} in {path}")))]);
            case IrTypeKind.Int or IrTypeKind.Decimal or IrTypeKind.Money or IrTypeKind.Duration or IrTypeKind.Date:
            {
                var (min, max) = scaling.BoundsOf(type);
                var variable = model.NewIntVar(min, max, path);
                // A hint towards plain values (0, the default date) keeps witnesses readable; it does not constrain.
                model.AddHint(variable, type.Kind == IrTypeKind.Date ? DefaultDateMinutes : Math.Clamp(0, min, max));
                return new NumberValue(LinearForm.Of(variable, scaling.UnitOf(type)));
            }
            case IrTypeKind.Text:
                return new TextValue(path, new Dictionary<string, ILiteral>(StringComparer.Ordinal));
            default:
                throw new NotDecidedException($"'{path}' ({type}) as a whole, which the solver does not compare");
        }
    }
}
