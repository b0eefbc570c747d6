using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Obligations.Analysis.Evaluation;
using Obligations.Binding;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Writes a witness for people (<c>operation.phase = ongoing, capacity = low</c>) and as JSON in the
/// evaluator's input encoding: <c>{ "now": "…", "facts": { … } }</c> with bools, numbers (money as a
/// number), durations as "N minutes"/"N hours", dates in ISO 8601, enum members by name, sets as arrays and
/// records as nested objects.
/// </summary>
public static class WitnessFormatter
{
    internal static string Describe(IEnumerable<KeyValuePair<string, object>> facts)
    {
        var parts = facts.Select(p => $"{p.Key} = {Display(p.Value)}").ToList();
        return parts.Count == 0 ? "always (no facts matter)" : string.Join(", ", parts);
    }

    public static string Display(object value) => value switch
    {
        bool b => b ? "true" : "false",
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        TimeSpan t => DurationText(t),
        DateTimeOffset d => DateText(d),
        EnumMemberSymbol m => m.Name,
        IEnumerable<EnumMemberSymbol> set => "{" + string.Join(", ", set.OrderBy(m => m.Ordinal).Select(m => m.Name)) + "}",
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? string.Empty,
    };

    public static string ToJson(Situation situation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("now", DateText(situation.Now));
            writer.WritePropertyName("facts");
            WriteValue(writer, situation.Facts);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case bool b: writer.WriteBooleanValue(b); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case TimeSpan t: writer.WriteStringValue(DurationText(t)); break;
            case DateTimeOffset d: writer.WriteStringValue(DateText(d)); break;
            case EnumMemberSymbol m: writer.WriteStringValue(m.Name); break;
            case string s: writer.WriteStringValue(s); break;
            case IReadOnlyDictionary<string, object> record:
                writer.WriteStartObject();
                foreach (var (name, field) in record.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, field);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<EnumMemberSymbol> set:
                writer.WriteStartArray();
                foreach (var member in set.OrderBy(m => m.Ordinal)) writer.WriteStringValue(member.Name);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    public static string DurationText(TimeSpan value)
    {
        var minutes = (long)Math.Round(value.TotalMinutes);
        return minutes % 60 == 0 ? $"{minutes / 60} hours" : $"{minutes} minutes";
    }

    public static string DateText(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static ImmutableDictionary<string, string> Properties(Situation witness) =>
        ImmutableDictionary<string, string>.Empty.Add("witness", ToJson(witness));
}
