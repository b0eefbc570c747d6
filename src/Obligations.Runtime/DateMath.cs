namespace Obligations.Runtime;

/// <summary>
/// Date arithmetic as generated code performs it: a result past 9999-12-31 (or before year 1) is an evaluation
/// error naming the rule and its place, not an anonymous ArgumentOutOfRangeException.
/// </summary>
public static class DateMath
{
    /// <summary><paramref name="start"/> + <paramref name="duration"/>, for the deadline of <paramref name="rule"/>.</summary>
    public static DateTimeOffset AddDeadline(DateTimeOffset start, TimeSpan duration, string rule, string path, int line, int column)
    {
        if (TryAdd(start, duration, out var result)) return result;
        throw new EvaluationException(
            $"the deadline of '{rule}' ({DateText.Format(start)} + {DurationText.Format(duration)}) falls outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)",
            path, line, column);
    }

    /// <summary><paramref name="date"/> + <paramref name="duration"/> anywhere in an expression.</summary>
    public static DateTimeOffset Add(DateTimeOffset date, TimeSpan duration, string path, int line, int column) =>
        TryAdd(date, duration, out var result)
            ? result
            : throw new EvaluationException($"{DateText.Format(date)} + {DurationText.Format(duration)} falls outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)", path, line, column);

    /// <summary><paramref name="date"/> − <paramref name="duration"/> anywhere in an expression.</summary>
    public static DateTimeOffset Subtract(DateTimeOffset date, TimeSpan duration, string path, int line, int column)
    {
        try
        {
            return date.Subtract(duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new EvaluationException($"{DateText.Format(date)} - {DurationText.Format(duration)} falls outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)", path, line, column);
        }
    }

    public static bool TryAdd(DateTimeOffset date, TimeSpan duration, out DateTimeOffset result)
    {
        try
        {
            result = date.Add(duration);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Both the UTC and the local time must stay in range; DateTimeOffset checks that itself.
            result = default;
            return false;
        }
    }
}
