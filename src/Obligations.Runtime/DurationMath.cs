namespace Obligations.Runtime;

/// <summary>Duration arithmetic with decimal factors, exact to the tick (TimeSpan's own operators use double).</summary>
public static class DurationMath
{
    public static TimeSpan Multiply(TimeSpan duration, decimal factor) => TimeSpan.FromTicks(checked((long)decimal.Round(duration.Ticks * factor)));

    public static TimeSpan Divide(TimeSpan duration, decimal divisor) => TimeSpan.FromTicks(checked((long)decimal.Round(duration.Ticks / divisor)));

    public static decimal Ratio(TimeSpan left, TimeSpan right) => (decimal)left.Ticks / right.Ticks;

    /// <summary>As generated code divides: dividing by zero names the place in the rules.</summary>
    public static TimeSpan Divide(TimeSpan duration, decimal divisor, string path, int line, int column) =>
        divisor != 0m ? Divide(duration, divisor) : throw new EvaluationException("division by zero", path, line, column);

    /// <summary>As generated code takes a ratio: a zero divisor names the place in the rules.</summary>
    public static decimal Ratio(TimeSpan left, TimeSpan right, string path, int line, int column) =>
        right.Ticks != 0 ? Ratio(left, right) : throw new EvaluationException("division by a zero duration", path, line, column);
}
