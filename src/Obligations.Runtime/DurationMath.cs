namespace Obligations.Runtime;

/// <summary>Duration arithmetic with decimal factors, exact to the tick (TimeSpan's own operators use double).</summary>
public static class DurationMath
{
    public static TimeSpan Multiply(TimeSpan duration, decimal factor) => TimeSpan.FromTicks(checked((long)decimal.Round(duration.Ticks * factor)));

    public static TimeSpan Divide(TimeSpan duration, decimal divisor) => TimeSpan.FromTicks(checked((long)decimal.Round(duration.Ticks / divisor)));

    public static decimal Ratio(TimeSpan left, TimeSpan right) => (decimal)left.Ticks / right.Ticks;
}
