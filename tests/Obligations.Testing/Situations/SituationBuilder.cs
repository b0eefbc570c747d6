using System.Globalization;
using System.Text;
using System.Text.Json;
using Obligations.Testing.Generation;

namespace Obligations.Testing.Situations;

/// <summary>
/// Builds a complete situation for a generated rule set from a stream of choices. Values are biased to the
/// boundaries the rules test: equal to a literal of the rule set or one unit either side, dates that are a literal
/// date moved by a literal duration (so a deadline often falls exactly on now), empty and full sets.
/// </summary>
public sealed class SituationBuilder
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);
    private readonly Choices _c;
    private readonly LiteralPool _pool;
    private readonly List<DateTimeOffset> _dates;

    private SituationBuilder(GeneratedRuleSet ruleSet, Choices choices)
    {
        _c = choices;
        _pool = ruleSet.Literals;
        _dates = [.. Lexicon.Dates, .. _pool.Dates];
    }

    public static GeneratedSituation Build(GeneratedRuleSet ruleSet, Choices choices) => new SituationBuilder(ruleSet, choices).Build(ruleSet);

    private GeneratedSituation Build(GeneratedRuleSet ruleSet)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var fact in ruleSet.Facts)
            {
                json.WritePropertyName(fact.Name);
                WriteValue(json, fact.Type);
            }
            json.WriteEndObject();
        }
        // now: a date the facts or rules mention, moved by a duration they mention, sometimes one minute off.
        var now = Date() + Duration();
        if (_c.Chance(30)) now += _c.Chance(50) ? s_minute : -s_minute;
        return new GeneratedSituation(Encoding.UTF8.GetString(stream.ToArray()), now);
    }

    private void WriteValue(Utf8JsonWriter json, GenType type)
    {
        switch (type.Kind)
        {
            case TypeKind.Bool: json.WriteBooleanValue(_c.Chance(50)); break;
            case TypeKind.Int: json.WriteNumberValue((long)Math.Round(Near(_c.Pick(_pool.Numbers), 1m))); break;
            case TypeKind.Decimal: json.WriteNumberValue(Near(_c.Pick(_pool.Numbers), _c.Chance(50) ? 1m : 0.01m)); break;
            case TypeKind.Money: json.WriteNumberValue(Near(_c.Pick([.. _pool.MoneyOf(type.Currency!), .. _pool.Numbers]), _c.Chance(50) ? 1m : 0.01m)); break;
            case TypeKind.Duration: json.WriteStringValue(DurationText(Duration())); break;
            case TypeKind.Date:
            {
                var date = Date() + (_c.Chance(50) ? Duration() : -Duration());
                _dates.Add(date);
                json.WriteStringValue(date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            }
            case TypeKind.Text: json.WriteStringValue(_c.Pick([.. _pool.Texts, "other"])); break;
            case TypeKind.Enum: json.WriteStringValue(_c.Pick(type.Enum!.Members)); break;
            case TypeKind.Set:
            {
                json.WriteStartArray();
                var mode = _c.Next(4); // 0: empty, 1: all, otherwise each member by chance
                foreach (var member in type.Enum!.Members)
                    if (mode == 1 || mode > 1 && _c.Chance(50)) json.WriteStringValue(member);
                json.WriteEndArray();
                break;
            }
            default:
            {
                json.WriteStartObject();
                foreach (var field in type.Record!.Fields)
                {
                    json.WritePropertyName(field.Name);
                    WriteValue(json, field.Type);
                }
                json.WriteEndObject();
                break;
            }
        }
    }

    /// <summary>The value itself, or one step below or above it.</summary>
    private decimal Near(decimal value, decimal step) => _c.Next(3) switch { 0 => value, 1 => value - step, _ => value + step };

    private DateTimeOffset Date() => _c.Pick(_dates);

    /// <summary>A duration the rules mention, or one minute either side; never negative (facts durations are not).</summary>
    private TimeSpan Duration()
    {
        var value = _c.Pick(_pool.Durations);
        var moved = _c.Next(4) switch { 1 => value + s_minute, 2 => value - s_minute, _ => value };
        return moved < TimeSpan.Zero ? TimeSpan.Zero : moved;
    }

    private static string DurationText(TimeSpan value) => $"{(long)value.TotalMinutes} minutes";
}
