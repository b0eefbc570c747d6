using System.Collections.Immutable;
using Google.OrTools.Util;
using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Analysis.Solving;

internal sealed partial class ConditionEncoder
{
    private EncodedValue EncodeUnary(BoundUnary unary) => unary.Operator switch
    {
        UnaryOperator.Not => new BoolValue(Condition(unary.Operand).Not()),
        _ => new NumberValue(Number(unary.Operand).Scale(-Rational.One)),
    };

    private EncodedValue EncodeBinary(BoundBinary binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return new BoolValue(Booleans.And(Condition(binary.Left), Condition(binary.Right)));
            case BinaryOperator.Or:
                return new BoolValue(Booleans.Or(Condition(binary.Left), Condition(binary.Right)));
            case BinaryOperator.Equal:
                return new BoolValue(Equal(Encode(binary.Left), Encode(binary.Right)));
            case BinaryOperator.NotEqual:
                return new BoolValue(Equal(Encode(binary.Left), Encode(binary.Right)).Not());
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return new BoolValue(Compare(Encode(binary.Left), binary.Operator, Encode(binary.Right)));
            case BinaryOperator.In or BinaryOperator.NotIn:
            {
                var element = Encode(binary.Left) as EnumValue ?? throw new NotDecidedException("membership of a value that is not an enum member");
                var set = Encode(binary.Right) as SetValue ?? throw new NotDecidedException("membership in something that is not a set of enum members");
                var contained = Booleans.Or(element.Members.Zip(set.Members, Booleans.And).ToList());
                return new BoolValue(binary.Operator == BinaryOperator.In ? contained : contained.Not());
            }
            case BinaryOperator.Add:
                return new NumberValue(Number(binary.Left).Add(Number(binary.Right)));
            case BinaryOperator.Subtract:
                return new NumberValue(Number(binary.Left).Subtract(Number(binary.Right)));
            case BinaryOperator.Multiply:
            {
                var (left, right) = (Number(binary.Left), Number(binary.Right));
                if (right.IsConstant) return new NumberValue(left.Scale(right.Constant));
                if (left.IsConstant) return new NumberValue(right.Scale(left.Constant));
                throw new NotDecidedException("a product of two values that both depend on the facts, which is not linear");
            }
            case BinaryOperator.Divide:
            {
                var (left, right) = (Number(binary.Left), Number(binary.Right));
                if (!right.IsConstant) throw new NotDecidedException("a division by a value that depends on the facts, which is not linear");
                if (right.Constant.IsZero) throw new NotDecidedException("a division by zero");
                return new NumberValue(left.Scale(Rational.One / right.Constant));
            }
            default:
                throw new NotDecidedException($"operator {binary.Operator}");
        }
    }

    private LinearForm Number(BoundExpression expression) =>
        (Encode(expression) as NumberValue ?? throw new NotDecidedException("arithmetic on a value that is not a number")).Form;

    private Lit Equal(EncodedValue left, EncodedValue right) => (left, right) switch
    {
        (BoolValue a, BoolValue b) => Booleans.Equivalent(a.Lit, b.Lit),
        (NumberValue a, NumberValue b) => Booleans.InDomain(a.Form.Subtract(b.Form), new Domain(0, 0)),
        (EnumValue a, EnumValue b) => Booleans.Or(a.Members.Zip(b.Members, Booleans.And).ToList()),
        (SetValue a, SetValue b) => Booleans.And(a.Members.Zip(b.Members, Booleans.Equivalent).ToList()),
        (TextConstant a, TextConstant b) => Lit.Of(a.Value == b.Value),
        (TextValue a, TextConstant b) => Lit.Of(Facts.TextEquals(a, b.Value)),
        (TextConstant a, TextValue b) => Lit.Of(Facts.TextEquals(b, a.Value)),
        (TextValue a, TextValue b) when a.Path == b.Path => Lit.True,
        (TextValue, TextValue) => throw new NotDecidedException("a comparison of two text facts"),
        _ => throw new NotDecidedException("a comparison of values the solver does not represent"),
    };

    private Lit Compare(EncodedValue left, BinaryOperator op, EncodedValue right)
    {
        // a > b is b < a; a >= b is b <= a.
        if (op is BinaryOperator.Greater or BinaryOperator.GreaterOrEqual)
        {
            (left, right) = (right, left);
            op = op == BinaryOperator.Greater ? BinaryOperator.Less : BinaryOperator.LessOrEqual;
        }
        var strict = op == BinaryOperator.Less;
        switch (left, right)
        {
            case (NumberValue a, NumberValue b):
                return Booleans.InDomain(a.Form.Subtract(b.Form), new Domain(long.MinValue, strict ? -1 : 0));
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

}
