using CsCheck;
using Obligations.Lowering;

namespace Obligations.Emit.Tests.Operators;

/// <summary>
/// A type a fact can have in an operator case: how it is written in .obl and random values of it as the interpreter
/// holds them (long, decimal, TimeSpan, DateTimeOffset, bool, string, enum ordinal, set bits). Values lean towards
/// the edges the operators care about: zero, signs, and the ends of the range (overflow).
/// </summary>
internal sealed record OperandType(string Obl, Gen<object> Values)
{
    private static readonly Gen<long> Longs = Gen.OneOf(Gen.Long[-20, 20], Gen.Long, Gen.OneOf(long.MaxValue, long.MinValue, 0L, 1L, -1L));

    private static readonly Gen<decimal> Decimals = Gen.OneOf(
        Gen.Int[-2000, 2000].Select(i => i / 100m), Gen.Long[-20, 20].Select(l => (decimal)l),
        Gen.OneOf(0m, 1m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m),
        Gen.Long.Select(l => (decimal)l * 1_000_000m));

    private static readonly Gen<TimeSpan> Durations = Gen.OneOf(
        Gen.Long[-30 * TimeSpan.TicksPerDay, 30 * TimeSpan.TicksPerDay], Gen.Long[-5, 5], Gen.Long,
        Gen.OneOf(0L, TimeSpan.TicksPerDay, long.MaxValue, long.MinValue)).Select(TimeSpan.FromTicks);

    private static readonly Gen<DateTimeOffset> Dates = Gen.OneOf(
        Gen.Select(Gen.Long[new DateTime(1990, 1, 1).Ticks, new DateTime(2060, 1, 1).Ticks], Gen.Int[-14 * 60, 14 * 60],
            (utc, minutes) => new DateTimeOffset(utc + minutes * TimeSpan.TicksPerMinute, TimeSpan.FromMinutes(minutes))),
        Gen.OneOf(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch));

    public static readonly OperandType Int = new("int", Longs.Select(v => (object)v));
    public static readonly OperandType Decimal = new("decimal", Decimals.Select(v => (object)v));
    public static readonly OperandType Money = new("money EUR", Decimals.Select(v => (object)v));
    public static readonly OperandType Duration = new("duration", Durations.Select(v => (object)v));
    public static readonly OperandType Date = new("date", Dates.Select(v => (object)v));
    public static readonly OperandType Bool = new("bool", Gen.Bool.Select(v => (object)v));
    public static readonly OperandType Text = new("text", Gen.OneOf("", "a", "b", "A", "é", "a ").Select(v => (object)v));
    public static readonly OperandType Color = new("Color", Gen.Int[0, 2].Select(v => (object)v));
    public static readonly OperandType Level = new("Level", Gen.Int[0, 2].Select(v => (object)v));
    public static readonly OperandType ColorSet = new("set of Color", Gen.ULong[0, 7].Select(v => (object)v));

    public static readonly OperandType[] All = [Int, Decimal, Money, Duration, Date, Bool, Text, Color, Level, ColorSet];

    /// <summary>The declarations every case shares.</summary>
    public const string Prelude = "module ops\nenum Color { red, green, blue }\nenum Level ordered { low, mid, high }\n";

}
