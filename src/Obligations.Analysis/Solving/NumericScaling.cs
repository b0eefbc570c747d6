using System.Numerics;
using Obligations.Binding;

namespace Obligations.Analysis.Solving;

/// <summary>
/// How numbers of each type become integers in the model: int as is; decimal and money in steps of 10^-k,
/// k being the most decimals any literal of the rule set has; durations in minutes; dates in minutes since
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
    public Rational UnitOf(OblType type) => type switch
    {
        MoneyType => new Rational(1, BigInteger.Pow(10, DecimalDigits)),
        PrimitiveType { Kind: PrimitiveKind.Decimal } => new Rational(1, BigInteger.Pow(10, DecimalDigits)),
        _ => Rational.One,
    };

    public (long Min, long Max) BoundsOf(OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Duration } => (0, DurationBound),
        PrimitiveType { Kind: PrimitiveKind.Date } => (0, DateUpperBound),
        _ => (-IntBound, IntBound),
    };

    public static Rational Minutes(TimeSpan value) => new(value.Ticks, TimeSpan.TicksPerMinute);

    public static Rational MinutesSinceEpoch(DateTimeOffset value) =>
        new(value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.TicksPerMinute);

    /// <summary>The largest number of decimals among the decimal and money literals of the program.</summary>
    public static NumericScaling For(BoundProgram program)
    {
        var digits = 0;
        foreach (var expression in program.Expressions.Values)
            if (expression is BoundLiteral { Value: decimal d }) digits = Math.Max(digits, (decimal.GetBits(d)[3] >> 16) & 0xFF);
        return new NumericScaling(digits);
    }
}
