using System.Collections.Immutable;
using System.Numerics;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

internal sealed partial class ConditionEncoder
{
    /// <summary>
    /// For each arm, the literal "this arm is the one taken": its guard or pattern holds and no earlier arm's
    /// does. An <c>else</c> arm is taken when no earlier arm is.
    /// </summary>
    public ImmutableArray<Lit> ArmSelections(IrMatch match)
    {
        var subject = match.Subject is null ? null : Encode(match.Subject);
        var selections = ImmutableArray.CreateBuilder<Lit>();
        var earlier = new List<Lit>();
        foreach (var arm in match.Arms)
        {
            Lit holds;
            if (arm.IsElse) holds = Lit.True;
            else if (arm.Guard is not null) holds = Condition(arm.Guard);
            else holds = Booleans.Or(arm.Values.Select(v => Equal(subject!, Encode(v))).ToList());
            selections.Add(Booleans.And(earlier.Select(e => e.Not()).Append(holds).ToList()));
            earlier.Add(holds);
        }
        return selections.ToImmutable();
    }

    /// <summary>
    /// A definition by cases: the value of the arm taken. With no arm taken (a gap, an evaluation error) the value
    /// is left free, which only adds situations.
    /// </summary>
    private EncodedValue EncodeMatch(IrMatch match)
    {
        if (_matches.TryGetValue(match, out var cached)) return cached;
        if (match.Arms.IsEmpty) throw new NotDecidedException("a match without arms");
        var selections = ArmSelections(match);
        var values = match.Arms.Select(a => Encode(a.Value)).ToList();
        EncodedValue result = match.Type.Kind switch
        {
            IrTypeKind.Bool => new BoolValue(Select(selections, values.Select(v => As<BoolValue>(v).Lit).ToList())),
            IrTypeKind.Enum => new EnumValue([.. Enumerable.Range(0, match.Type.Enum!.Members.Length)
                .Select(i => Select(selections, values.Select(v => As<EnumValue>(v).Members[i]).ToList()))]),
            IrTypeKind.Set when values.All(v => v is SetValue) => new SetValue([.. Enumerable.Range(0, ((SetValue)values[0]).Members.Length)
                .Select(i => Select(selections, values.Select(v => ((SetValue)v).Members[i]).ToList()))]),
            IrTypeKind.Int or IrTypeKind.Decimal or IrTypeKind.Money or IrTypeKind.Duration or IrTypeKind.Date =>
                SelectNumber(selections, values.Select(v => ArithmeticValue(v)).ToList()),
            _ => throw new NotDecidedException($"a match giving a {match.Type}, which the solver does not represent"),
        };
        _matches[match] = result;
        return result;
    }

    private static T As<T>(EncodedValue value) where T : EncodedValue =>
        value as T ?? throw new NotDecidedException("a match arm whose value the solver does not represent");

    private static LinearForm ArithmeticValue(EncodedValue value) => value is NumberValue { Rounded: false } n
        ? n.Form
        : throw new NotDecidedException("a match arm whose value is not an exact number");

    private Lit Select(ImmutableArray<Lit> selections, List<Lit> values) =>
        Booleans.Or(selections.Zip(values, Booleans.And).ToList());

    /// <summary>A case split: a fresh integer variable equal to each arm's value when that arm is taken.</summary>
    private NumberValue SelectNumber(ImmutableArray<Lit> selections, List<LinearForm> values)
    {
        var lcm = BigInteger.One;
        foreach (var form in values)
            foreach (var c in form.Terms.Values.Append(form.Constant))
                lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        var unit = new Rational(1, lcm);
        var result = Model.NewIntVar(-NumericScaling.IntBound * 1000, NumericScaling.IntBound * 1000, "case");
        var resultForm = LinearForm.Of(result, unit);
        for (var i = 0; i < values.Count; i++)
        {
            if (selections[i].IsFalse) continue;
            var difference = resultForm.Subtract(values[i]).ToIntegerExpression();
            var constraint = Model.Add(difference == 0);
            if (!selections[i].IsTrue) constraint.OnlyEnforceIf(selections[i].Literal!);
        }
        return new NumberValue(resultForm);
    }
}
