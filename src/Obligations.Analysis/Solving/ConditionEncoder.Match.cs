using System.Collections.Immutable;
using System.Numerics;
using Obligations.Binding;

namespace Obligations.Analysis.Solving;

internal sealed partial class ConditionEncoder
{
    /// <summary>
    /// For each arm, the literal "this arm is the one taken": its guard or pattern holds and no earlier arm's
    /// does. An <c>else</c> arm is taken when no earlier arm is.
    /// </summary>
    public ImmutableArray<Lit> ArmSelections(BoundMatch match)
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

    /// <summary>A definition by cases: the value of the arm taken. With no arm taken (a gap) the value is left free.</summary>
    private EncodedValue EncodeMatch(BoundMatch match)
    {
        if (_matches.TryGetValue(match, out var cached)) return cached;
        var selections = ArmSelections(match);
        var values = match.Arms.Select(a => Encode(a.Value)).ToList();
        EncodedValue result = values.FirstOrDefault() switch
        {
            BoolValue => new BoolValue(Select(selections, values.Select(v => ((BoolValue)v).Lit).ToList())),
            EnumValue e => new EnumValue(Enumerable.Range(0, e.Members.Length)
                .Select(i => Select(selections, values.Select(v => ((EnumValue)v).Members[i]).ToList())).ToImmutableArray()),
            SetValue s => new SetValue(Enumerable.Range(0, s.Members.Length)
                .Select(i => Select(selections, values.Select(v => ((SetValue)v).Members[i]).ToList())).ToImmutableArray()),
            NumberValue => SelectNumber(selections, values.Select(v => ((NumberValue)v).Form).ToList()),
            _ => throw new NotDecidedException("a match without arms"),
        };
        _matches[match] = result;
        return result;
    }

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
