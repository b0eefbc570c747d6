using System.Numerics;
using Google.OrTools.Util;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

// One case per IR operator (docs/ir.md gives their meaning). Linear arithmetic is exact over the rationals; where
// the evaluator rounds (a decimal quotient that does not terminate, a duration scaled to a fraction of a tick)
// the encoding is exact only as far as stated on each case, and otherwise the operator is "not decided".
internal sealed partial class ConditionEncoder
{
    private static readonly BigInteger TicksPerMinute = TimeSpan.TicksPerMinute;

    private EncodedValue EncodeUnary(IrUnary unary) => unary.Operator switch
    {
        IrOperator.Not => new BoolValue(Condition(unary.Operand).Not()),
        IrOperator.IntToDecimal => new NumberValue(Arithmetic(unary.Operand)),
        IrOperator.IntNegate or IrOperator.DecimalNegate or IrOperator.DurationNegate => new NumberValue(Arithmetic(unary.Operand).Scale(-Rational.One)),
        _ => throw new InvalidOperationException($"{unary.Operator} is not a unary operator"),
    };

    private EncodedValue EncodeBinary(IrBinary binary)
    {
        switch (binary.Operator)
        {
            case IrOperator.Equal:
                return new BoolValue(Equal(Encode(binary.Left), Encode(binary.Right)));
            case IrOperator.NotEqual:
                return new BoolValue(Equal(Encode(binary.Left), Encode(binary.Right)).Not());
            case IrOperator.Less or IrOperator.LessOrEqual or IrOperator.Greater or IrOperator.GreaterOrEqual:
                return new BoolValue(Compare(Encode(binary.Left), binary.Operator, Encode(binary.Right)));
            case IrOperator.In or IrOperator.NotIn:
            {
                var element = Encode(binary.Left) as EnumValue ?? throw new NotDecidedException("membership of a value that is not an enum member");
                var set = Encode(binary.Right) as SetValue ?? throw new NotDecidedException("membership in something that is not a set of enum members");
                var contained = Booleans.Or(element.Members.Zip(set.Members, Booleans.And).ToList());
                return new BoolValue(binary.Operator == IrOperator.In ? contained : contained.Not());
            }
            case IrOperator.IntAdd or IrOperator.DecimalAdd or IrOperator.DurationAdd or IrOperator.DateAddDuration:
                return new NumberValue(Arithmetic(binary.Left).Add(Arithmetic(binary.Right)));
            case IrOperator.IntSubtract or IrOperator.DecimalSubtract or IrOperator.DurationSubtract
                or IrOperator.DateSubtractDuration or IrOperator.DateDifference:
                return new NumberValue(Arithmetic(binary.Left).Subtract(Arithmetic(binary.Right)));
            case IrOperator.IntMultiply or IrOperator.DecimalMultiply:
                return new NumberValue(Product(Arithmetic(binary.Left), Arithmetic(binary.Right)));
            case IrOperator.DecimalDivide:
                return Quotient(Arithmetic(binary.Left), Arithmetic(binary.Right), "a division");
            case IrOperator.DurationMultiply:
                // Duration (minutes) × number: the evaluator rounds to a tick; exact when every value has whole ticks.
                return new NumberValue(WholeTicks(Product(Arithmetic(binary.Left), Arithmetic(binary.Right)), "a duration multiplied by a fraction"));
            case IrOperator.DurationDivide:
            {
                var quotient = Quotient(Arithmetic(binary.Left), Arithmetic(binary.Right), "a duration divided");
                return new NumberValue(WholeTicks(quotient.Form, "a duration divided into fractions of a tick"));
            }
            case IrOperator.DurationRatio:
                // Ticks ÷ ticks equals minutes ÷ minutes: the decimal quotient of the two durations.
                return Quotient(Arithmetic(binary.Left), Arithmetic(binary.Right), "a ratio of durations");
            default:
                throw new InvalidOperationException($"{binary.Operator} is not a binary operator");
        }
    }

    /// <summary>An operand of arithmetic: a number whose evaluated value the form states exactly.</summary>
    private LinearForm Arithmetic(IrExpression expression)
    {
        var value = Encode(expression) as NumberValue ?? throw new NotDecidedException("arithmetic on a value that is not a number");
        if (value.Rounded) throw new NotDecidedException("arithmetic on a quotient the evaluator rounds (its decimal expansion does not terminate)");
        return value.Form;
    }

    private static LinearForm Product(LinearForm left, LinearForm right)
    {
        if (right.IsConstant) return left.Scale(right.Constant);
        if (left.IsConstant) return right.Scale(left.Constant);
        throw new NotDecidedException("a product of two values that both depend on the facts, which is not linear");
    }

    /// <summary>
    /// A quotient by a constant. The evaluator divides decimals (28 significant digits): the exact quotient when its
    /// decimal expansion terminates for every value, otherwise a rounded one (flagged, for comparisons only).
    /// </summary>
    private static NumberValue Quotient(LinearForm left, LinearForm right, string what)
    {
        if (!right.IsConstant) throw new NotDecidedException($"{what} by a value that depends on the facts, which is not linear");
        if (right.Constant.IsZero) throw new NotDecidedException($"{what} by zero, which the evaluator refuses");
        var form = left.Scale(Rational.One / right.Constant);
        return new NumberValue(form, !form.Terms.Values.Append(form.Constant).All(Terminates));
    }

    private static bool Terminates(Rational value)
    {
        var d = value.Denominator;
        while (d % 2 == 0) d /= 2;
        while (d % 5 == 0) d /= 5;
        return d.IsOne;
    }

    /// <summary>A duration form (minutes) whose every value is a whole number of ticks, so the evaluator's rounding does nothing.</summary>
    private static LinearForm WholeTicks(LinearForm minutes, string what) =>
        minutes.Terms.Values.Append(minutes.Constant).All(c => (c * Rational.FromInteger(TicksPerMinute)).Denominator.IsOne)
            ? minutes
            : throw new NotDecidedException($"{what}, which the evaluator rounds to a tick");

    private Lit Equal(EncodedValue left, EncodedValue right) => (left, right) switch
    {
        (BoolValue a, BoolValue b) => Booleans.Equivalent(a.Lit, b.Lit),
        (NumberValue a, NumberValue b) => Booleans.InDomain(Difference(a, b), new Domain(0, 0)),
        (EnumValue a, EnumValue b) => Booleans.Or(a.Members.Zip(b.Members, Booleans.And).ToList()),
        (SetValue a, SetValue b) => Booleans.And(a.Members.Zip(b.Members, Booleans.Equivalent).ToList()),
        (TextConstant a, TextConstant b) => Lit.Of(a.Value == b.Value),
        (TextValue a, TextConstant b) => Lit.Of(Facts.TextEquals(a, b.Value)),
        (TextConstant a, TextValue b) => Lit.Of(Facts.TextEquals(b, a.Value)),
        (TextValue a, TextValue b) when a.Path == b.Path => Lit.True,
        (TextValue, TextValue) => throw new NotDecidedException("a comparison of two text facts"),
        _ => throw new NotDecidedException("a comparison of values the solver does not represent"),
    };

    private Lit Compare(EncodedValue left, IrOperator op, EncodedValue right)
    {
        // a > b is b < a; a >= b is b <= a.
        if (op is IrOperator.Greater or IrOperator.GreaterOrEqual)
        {
            (left, right) = (right, left);
            op = op == IrOperator.Greater ? IrOperator.Less : IrOperator.LessOrEqual;
        }
        var strict = op == IrOperator.Less;
        switch (left, right)
        {
            case (NumberValue a, NumberValue b):
                return Booleans.InDomain(Difference(a, b), new Domain(long.MinValue, strict ? -1 : 0));
            case (EnumValue a, EnumValue b):
            {
                // Ordered enums: member i of a and member j of b with i < j (or i <= j).
                var pairs = new List<Lit>();
                for (var i = 0; i < a.Members.Length; i++)
                    for (var j = 0; j < b.Members.Length; j++)
                        if (strict ? i < j : i <= j) pairs.Add(Booleans.And(a.Members[i], b.Members[j]));
                return Booleans.Or(pairs);
            }
            default:
                throw new NotDecidedException("an ordering of values the solver does not represent");
        }
    }

    /// <summary>
    /// a − b for a comparison. With a rounded quotient on one side the comparison is still exact when the smallest
    /// non-zero gap the exact difference can have (1 / common denominator) exceeds the evaluator's rounding error
    /// (at most 10^-27 of the quotient's magnitude, bounded from the variables' bounds).
    /// </summary>
    private static LinearForm Difference(NumberValue a, NumberValue b)
    {
        if (a.Rounded && b.Rounded) throw new NotDecidedException("a comparison of two quotients the evaluator rounds");
        var difference = a.Form.Subtract(b.Form);
        if (!a.Rounded && !b.Rounded) return difference;
        var rounded = a.Rounded ? a.Form : b.Form;
        var magnitude = rounded.Constant.Numerator < 0 ? -rounded.Constant : rounded.Constant;
        foreach (var c in rounded.Terms.Values)
            magnitude += (c.Numerator < 0 ? -c : c) * Rational.FromInteger(NumericScaling.IntBound);
        var lcm = BigInteger.One;
        foreach (var c in difference.Terms.Values.Append(difference.Constant))
            lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        // Gap 1/lcm > error magnitude·10^-27  ⇔  lcm · magnitude < 10^27.
        if ((Rational.FromInteger(lcm) * magnitude).CompareTo(Rational.FromInteger(BigInteger.Pow(10, 27))) >= 0)
            throw new NotDecidedException("a comparison with a quotient the evaluator rounds, too fine to decide exactly");
        return difference;
    }
}
