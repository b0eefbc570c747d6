using System.Globalization;
using System.Reflection;
using Obligations.Runtime.Json;

namespace Obligations.Runtime.Explanations;

/// <summary>
/// Reads a fact path (<c>operation.economic_harm</c>) from a generated facts object and writes its value as the
/// rules would: <c>true</c>, <c>2500000 USD</c>, <c>{ransomware}</c>, <c>2024-05-01T09:00:00Z</c>, <c>ongoing</c>.
/// </summary>
internal static class FactValueReader
{
    public static FactValue? Read(object facts, string path)
    {
        object? value = facts;
        string? currency = null;
        foreach (var segment in path.Split('.'))
        {
            if (value is null) return new FactValue(path, "not given");
            var member = FactMember.Of(value.GetType()).FirstOrDefault(m => m.Name == segment);
            if (member is null) return null;
            value = member.Property.GetValue(value);
            currency = member.Currency;
        }
        return new FactValue(path, Format(value, currency));
    }

    private static string Format(object? value, string? currency) => value switch
    {
        null => "not given",
        bool b => b ? "true" : "false",
        decimal d when currency is not null => d.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + currency,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        DateTimeOffset date => DateText.Format(date),
        TimeSpan duration => DurationText.Format(duration),
        Enum e when e.GetType().GetCustomAttribute<SetOfAttribute>() is { } set => FormatSet(Convert.ToInt64(e, CultureInfo.InvariantCulture), set.ElementType),
        Enum e => EnumNames.NameOf(e),
        _ => "(given)",
    };

    private static string FormatSet(long bits, Type element)
    {
        var names = EnumNames.Of(element).Keys.Where((_, i) => (bits & (1L << i)) != 0);
        return "{" + string.Join(", ", names) + "}";
    }
}
