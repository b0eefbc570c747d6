using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Writes a witness for people (<c>operation.phase = ongoing, capacity = low</c>) and as JSON in the
/// evaluator's input encoding: <c>{ "now": "…", "facts": { … } }</c> with bools, numbers (money as a
/// number), durations as "N minutes"/"N hours", dates in ISO 8601, enum members by name, sets as arrays and
/// records as nested objects (fields in name order).
/// </summary>
public static class WitnessFormatter
{
    internal static string Describe(IEnumerable<KeyValuePair<string, string>> facts)
    {
        var parts = facts.Select(p => $"{p.Key} = {p.Value}").ToList();
        return parts.Count == 0 ? "always (no facts matter)" : string.Join(", ", parts);
    }

    /// <summary>A value in the interpreter's representation (<see cref="IrFacts"/>), for people.</summary>
    public static string Display(IrType type, object value) => value switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        TimeSpan t => DurationText(t),
        DateTimeOffset d => DateText(d),
        IrEnumMember m => m.Name,
        ulong set => "{" + string.Join(", ", Members(type, set)) + "}",
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? string.Empty,
    };

    public static string ToJson(IrFacts facts, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("now", DateText(now));
            writer.WritePropertyName("facts");
            writer.WriteStartObject();
            foreach (var fact in facts.Program.Facts.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                writer.WritePropertyName(fact.Name);
                WriteValue(writer, fact.Type, facts[fact]);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, IrType type, object? value)
    {
        switch (value)
        {
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case TimeSpan t: writer.WriteStringValue(DurationText(t)); break;
            case DateTimeOffset d: writer.WriteStringValue(DateText(d)); break;
            case IrEnumMember m: writer.WriteStringValue(m.Name); break;
            case string s: writer.WriteStringValue(s); break;
            case object?[] record when type.Record is { } declaration:
                writer.WriteStartObject();
                foreach (var field in declaration.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(field.Name);
                    WriteValue(writer, field.Type, record[field.Index]);
                }
                writer.WriteEndObject();
                break;
            case ulong set:
                writer.WriteStartArray();
                foreach (var member in Members(type, set)) writer.WriteStringValue(member);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static IEnumerable<string> Members(IrType type, ulong set) =>
        (type.Element?.Enum?.Members ?? []).Where(m => ((set >> m.Ordinal) & 1UL) != 0).Select(m => m.Name);

    public static string DurationText(TimeSpan value)
    {
        var minutes = (long)Math.Round(value.TotalMinutes);
        return minutes % 60 == 0 ? $"{minutes / 60} hours" : $"{minutes} minutes";
    }

    public static string DateText(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static ImmutableDictionary<string, string> Properties(Witness witness) =>
        ImmutableDictionary<string, string>.Empty.Add("witness", ToJson(witness.Facts, witness.Now));
}
