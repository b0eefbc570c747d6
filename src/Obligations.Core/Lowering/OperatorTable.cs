using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Syntax;
using static Obligations.Lowering.OperandConversion;
using B = Obligations.Syntax.BinaryOperator;
using C = Obligations.Lowering.OperandClass;
using O = Obligations.Lowering.IrOperator;

namespace Obligations.Lowering;

/// <summary>
/// The one operator table: which written operators apply to which operand types, their result type and their
/// meaning as an <see cref="IrOperator"/>. The type checker types with it, lowering picks IR operators from it,
/// and the interpreter, the solver encoder and the C# emitter implement each IR operator it names (a test runs
/// every row through all three). The first matching row wins, so exact int rows come before mixed-number rows.
/// </summary>
public static class OperatorTable
{
    private static OblType Bool(OblType l, OblType r) => OblType.Bool;
    private static OblType IntT(OblType l, OblType r) => OblType.Int;
    private static OblType DecimalT(OblType l, OblType r) => OblType.Decimal;
    private static OblType LeftT(OblType l, OblType r) => l;
    private static OblType RightT(OblType l, OblType r) => r;
    private static OblType DurationT(OblType l, OblType r) => OblType.Duration;
    private static OblType DateT(OblType l, OblType r) => OblType.Date;

    public static ImmutableArray<OperatorEntry> Binary { get; } = Build();

    private static ImmutableArray<OperatorEntry> Build()
    {
        var rows = ImmutableArray.CreateBuilder<OperatorEntry>();
        void Row(B op, C l, C r, O ir, Func<OblType, OblType, OblType> result, OperandConversion lc = None, OperandConversion rc = None, bool swap = false) =>
            rows.Add(new OperatorEntry(op, l, r, ir, result, lc, rc, swap));

        Row(B.Add, C.Int, C.Int, O.IntAdd, IntT);
        Row(B.Add, C.Number, C.Number, O.DecimalAdd, DecimalT, IntToDecimal, IntToDecimal);
        Row(B.Add, C.Money, C.Money, O.DecimalAdd, LeftT);
        Row(B.Add, C.Duration, C.Duration, O.DurationAdd, DurationT);
        Row(B.Add, C.Date, C.Duration, O.DateAddDuration, DateT);
        Row(B.Add, C.Duration, C.Date, O.DateAddDuration, DateT, swap: true);

        Row(B.Subtract, C.Int, C.Int, O.IntSubtract, IntT);
        Row(B.Subtract, C.Number, C.Number, O.DecimalSubtract, DecimalT, IntToDecimal, IntToDecimal);
        Row(B.Subtract, C.Money, C.Money, O.DecimalSubtract, LeftT);
        Row(B.Subtract, C.Duration, C.Duration, O.DurationSubtract, DurationT);
        Row(B.Subtract, C.Date, C.Duration, O.DateSubtractDuration, DateT);
        Row(B.Subtract, C.Date, C.Date, O.DateDifference, DurationT);

        Row(B.Multiply, C.Int, C.Int, O.IntMultiply, IntT);
        Row(B.Multiply, C.Number, C.Number, O.DecimalMultiply, DecimalT, IntToDecimal, IntToDecimal);
        Row(B.Multiply, C.Money, C.Number, O.DecimalMultiply, LeftT, None, IntToDecimal);
        Row(B.Multiply, C.Number, C.Money, O.DecimalMultiply, RightT, IntToDecimal);
        Row(B.Multiply, C.Duration, C.Number, O.DurationMultiply, DurationT, None, IntToDecimal);
        Row(B.Multiply, C.Number, C.Duration, O.DurationMultiply, DurationT, IntToDecimal, swap: true);

        Row(B.Divide, C.Number, C.Number, O.DecimalDivide, DecimalT, IntToDecimal, IntToDecimal);
        Row(B.Divide, C.Money, C.Money, O.DecimalDivide, DecimalT);
        Row(B.Divide, C.Money, C.Number, O.DecimalDivide, LeftT, None, IntToDecimal);
        Row(B.Divide, C.Duration, C.Duration, O.DurationRatio, DecimalT);
        Row(B.Divide, C.Duration, C.Number, O.DurationDivide, DurationT, None, IntToDecimal);

        foreach (var (op, ir) in new[] { (B.Less, O.Less), (B.LessOrEqual, O.LessOrEqual), (B.Greater, O.Greater), (B.GreaterOrEqual, O.GreaterOrEqual), (B.Equal, O.Equal), (B.NotEqual, O.NotEqual) })
        {
            Row(op, C.Int, C.Int, ir, Bool);
            Row(op, C.Number, C.Number, ir, Bool, IntToDecimal, IntToDecimal);
            Row(op, C.Money, C.Money, ir, Bool);
            Row(op, C.Duration, C.Duration, ir, Bool);
            Row(op, C.Date, C.Date, ir, Bool);
            Row(op, C.OrderedEnum, C.OrderedEnum, ir, Bool);
            if (op is B.Equal or B.NotEqual) Row(op, C.Equatable, C.Equatable, ir, Bool);
        }
        return rows.ToImmutable();
    }

    /// <summary>The row for an operator on two operand types, or null when the language does not allow it.</summary>
    public static OperatorEntry? Find(BinaryOperator op, OblType left, OblType right)
    {
        foreach (var row in Binary)
            if (row.Syntax == op && row.Matches(left, right)) return row;
        return null;
    }

    /// <summary>Unary minus: the IR operator for an operand type, or null when it cannot be negated.</summary>
    public static IrOperator? Negation(OblType operand) => operand switch
    {
        _ when operand == OblType.Int => IrOperator.IntNegate,
        _ when operand == OblType.Decimal || operand is MoneyType => IrOperator.DecimalNegate,
        _ when operand == OblType.Duration => IrOperator.DurationNegate,
        _ => null,
    };

    /// <summary>Every IR operator the table (with negation, conversion, not and membership) can produce.</summary>
    public static ImmutableArray<IrOperator> AllOperators { get; } = Binary.Select(r => r.Operator)
        .Concat([IrOperator.IntNegate, IrOperator.DecimalNegate, IrOperator.DurationNegate, IrOperator.IntToDecimal, IrOperator.Not, IrOperator.In, IrOperator.NotIn])
        .Distinct().ToImmutableArray();
}
