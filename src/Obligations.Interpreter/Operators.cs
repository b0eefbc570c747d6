using Obligations.Lowering;

namespace Obligations.Interpretation;

/// <summary>Every IR operator on interpreter values, exactly as docs/ir.md defines it.</summary>
public static class Operators
{
    public static object Unary(IrOperator op, object operand, IrSource? source) => Guard(source, () => op switch
    {
        IrOperator.Not => !(bool)operand,
        IrOperator.IntToDecimal => (decimal)(long)operand,
        IrOperator.IntNegate => checked(-(long)operand),
        IrOperator.DecimalNegate => -(decimal)operand,
        IrOperator.DurationNegate => -(TimeSpan)operand,
        _ => throw new IrEvaluationException($"{op} is not a unary operator", source),
    });

    public static object Binary(IrOperator op, object left, object right, IrSource? source) => Guard(source, () => op switch
    {
        IrOperator.IntAdd => checked((long)left + (long)right),
        IrOperator.IntSubtract => checked((long)left - (long)right),
        IrOperator.IntMultiply => checked((long)left * (long)right),
        IrOperator.DecimalAdd => (decimal)left + (decimal)right,
        IrOperator.DecimalSubtract => (decimal)left - (decimal)right,
        IrOperator.DecimalMultiply => (decimal)left * (decimal)right,
        IrOperator.DecimalDivide => (decimal)right == 0m ? throw new IrEvaluationException("division by zero", source) : (decimal)left / (decimal)right,
        IrOperator.DurationAdd => (TimeSpan)left + (TimeSpan)right,
        IrOperator.DurationSubtract => (TimeSpan)left - (TimeSpan)right,
        IrOperator.DurationMultiply => TimeSpan.FromTicks(checked((long)decimal.Round(((TimeSpan)left).Ticks * (decimal)right))),
        IrOperator.DurationDivide => (decimal)right == 0m
            ? throw new IrEvaluationException("division by zero", source)
            : TimeSpan.FromTicks(checked((long)decimal.Round(((TimeSpan)left).Ticks / (decimal)right))),
        IrOperator.DurationRatio => ((TimeSpan)right).Ticks == 0
            ? throw new IrEvaluationException("division by a zero duration", source)
            : (decimal)((TimeSpan)left).Ticks / ((TimeSpan)right).Ticks,
        IrOperator.DateAddDuration => (DateTimeOffset)left + (TimeSpan)right,
        IrOperator.DateSubtractDuration => (DateTimeOffset)left - (TimeSpan)right,
        IrOperator.DateDifference => (DateTimeOffset)left - (DateTimeOffset)right,
        IrOperator.Equal => AreEqual(left, right),
        IrOperator.NotEqual => !AreEqual(left, right),
        IrOperator.Less => Compare(left, right) < 0,
        IrOperator.LessOrEqual => Compare(left, right) <= 0,
        IrOperator.Greater => Compare(left, right) > 0,
        IrOperator.GreaterOrEqual => Compare(left, right) >= 0,
        IrOperator.In => (((ulong)right >> ((IrEnumMember)left).Ordinal) & 1UL) != 0,
        IrOperator.NotIn => (((ulong)right >> ((IrEnumMember)left).Ordinal) & 1UL) == 0,
        _ => throw new IrEvaluationException($"{op} is not a binary operator", source),
    });

    private static bool AreEqual(object left, object right) => (left, right) switch
    {
        (IrEnumMember a, IrEnumMember b) => ReferenceEquals(a, b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        _ => left.Equals(right),
    };

    private static int Compare(object left, object right) => (left, right) switch
    {
        (long a, long b) => a.CompareTo(b),
        (decimal a, decimal b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        (IrEnumMember a, IrEnumMember b) => a.Ordinal.CompareTo(b.Ordinal),
        _ => throw new InvalidOperationException($"cannot order {left.GetType().Name} and {right.GetType().Name}"),
    };

    private static object Guard(IrSource? source, Func<object> operation)
    {
        try
        {
            return operation();
        }
        catch (OverflowException)
        {
            throw new IrEvaluationException("the result is out of range", source);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new IrEvaluationException("the date or duration is out of range", source);
        }
    }
}
