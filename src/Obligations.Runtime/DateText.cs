using System.Globalization;
using System.Text.RegularExpressions;

namespace Obligations.Runtime;

/// <summary>Dates as JSON facts and outputs write them: ISO 8601 "2024-05-01" or "2024-05-01T10:00:00Z".</summary>
public static partial class DateText
{
    public const string Expected = "a date such as \"2024-05-01\" or \"2024-05-01T10:00:00Z\"";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
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
