using System.Reflection;
using System.Text.Json;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.Batch;

/// <summary>Writes generated facts objects as the JSON facts the runtime reads (names, sets as arrays, ISO dates).</summary>
public static class FactsJsonWriter
{
    public static void Write(Utf8JsonWriter json, object value)
    {
        json.WriteStartObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            json.WritePropertyName(property.GetCustomAttribute<OblNameAttribute>()?.Name ?? property.Name);
            WriteValue(json, property.PropertyType, property.GetValue(value)!);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Type type, object value)
    {
        switch (value)
        {
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case decimal d: json.WriteNumberValue(d); break;
            case string s: json.WriteStringValue(s); break;
            case DateTimeOffset d: json.WriteStringValue(DateText.Format(d)); break;
            case TimeSpan t: json.WriteStringValue($"{(long)t.TotalMinutes} minutes"); break;
            case Enum when type.GetCustomAttribute<SetOfAttribute>() is { } set:
                json.WriteStartArray();
                var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                foreach (var member in Enum.GetValues(set.ElementType))
                    if ((bits & (1UL << Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture))) != 0) json.WriteStringValue(member.ToString());
                json.WriteEndArray();
                break;
            case Enum: json.WriteStringValue(value.ToString()); break;
            default: Write(json, value); break;
        }
    }
}
