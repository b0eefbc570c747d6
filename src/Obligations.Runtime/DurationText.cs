using System.Globalization;
using System.Text.RegularExpressions;

namespace Obligations.Runtime;

/// <summary>Durations as JSON facts write them: "72 hours", "3 days", "90 minutes", "2 weeks".</summary>
public static partial class DurationText
{
    public const string Expected = "a duration such as \"72 hours\", \"3 days\", \"90 minutes\" or \"2 weeks\"";

    // ASCII digits only ([0-9], not \d): other scripts' digits are refused, as in JSON numbers and rule literals.
    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?)\s*(minutes?|hours?|days?|weeks?)\s*$")]
    private static partial Regex DurationPattern();

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var match = DurationPattern().Match(text);
        if (!match.Success) return false;
        if (!decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return false;
        var minutes = match.Groups[2].Value.TrimEnd('s') switch
        {
            "minute" => 1m,
            "hour" => 60m,
            "day" => 1440m,
            _ => 10080m,
        };
        // Compared before multiplying: a 29-digit amount would overflow decimal itself.
        if (amount > (decimal)TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMinute / minutes) return false;
        var ticks = amount * minutes * TimeSpan.TicksPerMinute;
        value = TimeSpan.FromTicks((long)ticks);
        return true;
    }

    /// <summary>The largest whole unit: "3 days", "36 hours", "90 minutes"; negative durations keep their sign.</summary>
    public static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        string Unit(long amount, string unit) => $"{amount.ToString(CultureInfo.InvariantCulture)} {unit}{(Math.Abs(amount) == 1 ? "" : "s")}";
        if (ticks % TimeSpan.TicksPerDay == 0) return Unit(ticks / TimeSpan.TicksPerDay, "day");
        if (ticks % TimeSpan.TicksPerHour == 0) return Unit(ticks / TimeSpan.TicksPerHour, "hour");
        if (ticks % TimeSpan.TicksPerMinute == 0) return Unit(ticks / TimeSpan.TicksPerMinute, "minute");
        return ((decimal)ticks / TimeSpan.TicksPerMinute).ToString("0.######", CultureInfo.InvariantCulture) + " minutes";
    }
}
