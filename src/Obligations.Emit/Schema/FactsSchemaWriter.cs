using System.Text.Json.Nodes;
using Obligations.Binding;

namespace Obligations.Emit.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of a rule set's facts, matching what the evaluator's JSON reader accepts:
/// every fact and field required, no others; enums by member name; durations and dates as strings.
/// </summary>
public static class FactsSchemaWriter
{
    public static JsonObject Write(BoundProgram program, string title)
    {
        var defs = new JsonObject();
        foreach (var e in program.Enums) defs[e.Name] = Describe(new JsonObject { ["enum"] = Array(e.Members.Select(m => m.Name)) }, e);
        foreach (var r in program.Records) defs[r.Name] = Describe(Object(r.Fields.Select(f => (f.Name, TypeSchema(f.Type), (Symbol)f))), r);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = "The facts of the rule set: one property per fact.",
        };
        foreach (var (key, value) in Object(program.Facts.Select(f => (f.Name, TypeSchema(f.Type), (Symbol)f)))) schema[key] = value?.DeepClone();
        if (defs.Count > 0) schema["$defs"] = defs;
        return schema;
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonObject Schema, Symbol Symbol)> members)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, schema, symbol) in members)
        {
            properties[name] = Describe(schema, symbol);
            required.Add(name);
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonObject TypeSchema(OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => new JsonObject { ["type"] = "boolean" },
        PrimitiveType { Kind: PrimitiveKind.Int } => new JsonObject { ["type"] = "integer" },
        PrimitiveType { Kind: PrimitiveKind.Decimal } => new JsonObject { ["type"] = "number" },
        MoneyType m => new JsonObject { ["type"] = "number", ["description"] = $"An amount in {m.Currency}." },
        PrimitiveType { Kind: PrimitiveKind.Duration } => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = @"^\s*\d+(\.\d+)?\s*(minutes?|hours?|days?|weeks?)\s*$",
            ["examples"] = Array(["72 hours", "3 days"]),
        },
        PrimitiveType { Kind: PrimitiveKind.Date } => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$",
            ["examples"] = Array(["2024-05-01", "2024-05-01T10:00:00Z"]),
        },
        PrimitiveType { Kind: PrimitiveKind.Text } => new JsonObject { ["type"] = "string" },
        EnumType e => new JsonObject { ["$ref"] = "#/$defs/" + e.Symbol.Name },
        RecordType r => new JsonObject { ["$ref"] = "#/$defs/" + r.Symbol.Name },
        SetType s => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(s.Element), ["uniqueItems"] = true },
        _ => new JsonObject(),
    };

    private static JsonObject Describe(JsonObject schema, Symbol symbol)
    {
        var parts = new[] { symbol.DocComment, symbol.Citation is null ? null : "Source: " + symbol.Citation, schema["description"]?.GetValue<string>() }
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count > 0) schema["description"] = string.Join("\n", parts);
        return schema;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
