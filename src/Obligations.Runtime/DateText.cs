using System.Globalization;
using System.Text.RegularExpressions;

namespace Obligations.Runtime;

/// <summary>Dates as JSON facts and outputs write them: ISO 8601 "2024-05-01" or "2024-05-01T10:00:00Z".</summary>
public static partial class DateText
{
    public const string Expected = "a date such as \"2024-05-01\" or \"2024-05-01T10:00:00Z\"";

// ASCII digits only ([0-9], not \d, which matches every script's digits).
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")]
    private static partial Regex IsoPattern();

    /// <summary>Parses an ISO 8601 date or date-time; without a zone, UTC is assumed (as for date literals in rules).</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return IsoPattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>The UTC form, e.g. "2024-05-06T12:00:00Z".</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
