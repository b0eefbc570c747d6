using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Runtime;

namespace Obligations.Testing.Reference;

/// <summary>Reads facts JSON into the witness interpreter's <see cref="Situation"/>, by the declared types of the facts.</summary>
public static class SituationReader
{
    public static Situation Read(BoundProgram program, string factsJson, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(factsJson);
        var facts = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var fact in program.Facts)
            facts[fact.Name] = Value(document.RootElement.GetProperty(fact.Name), fact.Type);
        return new Situation(facts.ToImmutable(), now);
    }

    private static object Value(JsonElement json, OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => json.GetBoolean(),
        PrimitiveType { Kind: PrimitiveKind.Int or PrimitiveKind.Decimal } or MoneyType => json.GetDecimal(),
        PrimitiveType { Kind: PrimitiveKind.Duration } => DurationText.TryParse(json.GetString()!, out var d) ? d : throw Bad(json, type),
        PrimitiveType { Kind: PrimitiveKind.Date } => DateText.TryParse(json.GetString()!, out var t) ? t : throw Bad(json, type),
        PrimitiveType { Kind: PrimitiveKind.Text } => json.GetString()!,
        EnumType e => e.Symbol.FindMember(json.GetString()!) ?? throw Bad(json, type),
        SetType { Element: EnumType e } => json.EnumerateArray().Select(m => e.Symbol.FindMember(m.GetString()!) ?? throw Bad(m, type)).ToImmutableHashSet(),
        RecordType r => r.Symbol.Fields.ToDictionary(f => f.Name, f => Value(json.GetProperty(f.Name), f.Type), StringComparer.Ordinal),
        _ => throw Bad(json, type),
    };

    private static FormatException Bad(JsonElement json, OblType type) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{json.GetRawText()} is not {type.Display}"));
}
