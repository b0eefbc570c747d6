using System.Globalization;

namespace Obligations.Testing.Generation;

/// <summary>How constants are spelled in .obl, and the small sets of constants the generator draws from.</summary>
public static class Lexicon
{
    public static readonly string[] Currencies = ["EUR", "USD"];
    public static readonly long[] Ints = [0, 1, 2, 3, 5, 10, 100, 1_000];
    public static readonly decimal[] Decimals = [0.5m, 1.5m, 2.25m, 0.02m, 10.0m];
    public static readonly string[] Units = ["minute", "hour", "day", "week"];
    public static readonly int[] UnitMinutes = [1, 60, 1440, 10080];

    // Few distinct dates, so that facts, literals and now meet often.
    public static readonly DateTimeOffset[] Dates =
    [
        new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
        new(2024, 5, 1, 10, 30, 0, TimeSpan.Zero),
        new(2024, 6, 15, 0, 0, 0, TimeSpan.Zero),
    ];

    public static readonly string[] Texts = ["a", "approved", "say \\\"no\\\"", ""];

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) =>
        value.TimeOfDay == TimeSpan.Zero ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Duration(int amount, int unit) => $"{amount} {Units[unit]}{(amount == 1 ? "" : "s")}";

    /// <summary>The text a string literal denotes (the generator's texts use only the \" escape).</summary>
    public static string Unescape(string literal) => literal.Replace("\\\"", "\"");
}
