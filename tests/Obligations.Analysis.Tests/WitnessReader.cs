using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Obligations.Analysis.Evaluation;
using Obligations.Binding;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Reads a witness back from its JSON (the evaluator's input encoding) using the declared fact types, so the
/// tests check the JSON itself and not just the solver's in-memory values.
/// </summary>
internal static class WitnessReader
{
    public static Situation Read(string json, BoundProgram program)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
        var facts = root.GetProperty("facts");
        var values = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var fact in program.Facts)
            if (facts.TryGetProperty(fact.Name, out var value)) values[fact.Name] = ReadValue(value, fact.Type);
        return new Situation(values.ToImmutable(), now);
    }

    private static object ReadValue(JsonElement element, OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => element.GetBoolean(),
        PrimitiveType { Kind: PrimitiveKind.Duration } => ReadDuration(element.GetString()!),
        PrimitiveType { Kind: PrimitiveKind.Date } => DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture),
        PrimitiveType { Kind: PrimitiveKind.Text } => element.GetString()!,
        EnumType e => e.Symbol.FindMember(element.GetString()!) ?? throw new FormatException("unknown member " + element),
        SetType { Element: EnumType e } => element.EnumerateArray().Select(m => e.Symbol.FindMember(m.GetString()!)!).ToImmutableHashSet(),
        RecordType r => r.Symbol.Fields.ToImmutableDictionary(f => f.Name, f => ReadValue(element.GetProperty(f.Name), f.Type), StringComparer.Ordinal),
        _ => element.GetDecimal(),
    };

    private static TimeSpan ReadDuration(string text)
    {
        var parts = text.Split(' ');
        var amount = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            "minutes" => TimeSpan.FromMinutes(amount),
            "hours" => TimeSpan.FromHours(amount),
            _ => throw new FormatException("unknown duration unit " + parts[1]),
        };
    }
}
