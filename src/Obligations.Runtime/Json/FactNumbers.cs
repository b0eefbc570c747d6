using System.Globalization;
using System.Text.Json;

namespace Obligations.Runtime.Json;

/// <summary>
/// Numbers in facts: a value the evaluator cannot hold is refused with its path and the range, never rounded to
/// something else (<c>1e-400</c> is not 0, <c>1e30</c> is not "not a number").
/// </summary>
internal static class FactNumbers
{
    public static long ReadWhole(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number) throw FactsJsonReader.Wrong(path, "a whole number", element);
        if (element.TryGetInt64(out var value)) return value;
        if (IsWhole(element.GetRawText()))
            throw new FactsJsonException(path, $"the whole number {Shorten(element.GetRawText())} is out of range: whole numbers are from {long.MinValue} to {long.MaxValue}");
        throw FactsJsonReader.Wrong(path, "a whole number", element);
    }

    public static decimal ReadDecimal(JsonElement element, string path, string expected)
    {
        if (element.ValueKind != JsonValueKind.Number) throw FactsJsonReader.Wrong(path, expected, element);
        var raw = element.GetRawText();
        if (!element.TryGetDecimal(out var value))
            throw new FactsJsonException(path, $"the number {Shorten(raw)} is out of range: numbers are at most {decimal.MaxValue} in size");
        if (value == 0m && HasNonZeroDigit(raw))
            throw new FactsJsonException(path, $"the number {Shorten(raw)} is too small to hold: it would become 0 (numbers keep at most 28 decimal places)");
        return value;
    }

    private static bool IsWhole(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? decimal.Truncate(d) == d
            : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && Math.Floor(x) == x;

    private static bool HasNonZeroDigit(string raw)
    {
        foreach (var c in raw)
        {
            if (c is 'e' or 'E') break;
            if (c is >= '1' and <= '9') return true;
        }
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
