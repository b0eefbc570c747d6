using System.Numerics;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// How numbers of each type become integers in the model: int as is; decimal and money in steps of 10^-k,
/// k being the most decimals any constant of the rule set has; durations in minutes; dates in minutes since
/// 1970-01-01T00:00Z. The bounds keep every product of the linear constraints well inside 64 bits.
/// </summary>
internal sealed class NumericScaling
{
    public const long IntBound = 1_000_000_000_000;
    public const long DurationBound = 100_000_000;         // about 190 years in minutes
    public const long DateUpperBound = 130_000_000;       // about the year 2217 in minutes since 1970

    public NumericScaling(int decimalDigits) => DecimalDigits = Math.Clamp(decimalDigits, 0, 6);

    public int DecimalDigits { get; }

    /// <summary>The value one unit of a fact variable of this type stands for.</summary>
    public Rational UnitOf(IrType type) => type.Kind switch
    {
        IrTypeKind.Money or IrTypeKind.Decimal => new Rational(1, BigInteger.Pow(10, DecimalDigits)),
        _ => Rational.One,
    };

    public (long Min, long Max) BoundsOf(IrType type) => type.Kind switch
    {
        IrTypeKind.Duration => (0, DurationBound),
        IrTypeKind.Date => (0, DateUpperBound),
        _ => (-IntBound, IntBound),
    };

    public static Rational Minutes(TimeSpan value) => new(value.Ticks, TimeSpan.TicksPerMinute);

    public static Rational MinutesSinceEpoch(DateTimeOffset value) =>
        new(value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.TicksPerMinute);

    /// <summary>The largest number of decimals among the decimal and money constants of the program.</summary>
    public static NumericScaling For(IrProgram program)
    {
        var digits = 0;
        foreach (var expression in IrWalker.AllExpressions(program))
            if (expression is IrConstant { Value: decimal d }) digits = Math.Max(digits, (decimal.GetBits(d)[3] >> 16) & 0xFF);
        return new NumericScaling(digits);
    }
}
