using System.Text.Json.Nodes;
using Obligations.Binding;
using Obligations.Lowering;

namespace Obligations.Emit.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of a rule set's facts, matching what the evaluator's JSON reader accepts:
/// every fact and field required, no others; enums by member name; durations and dates as strings. Written from
/// the rule IR's declarations.
/// </summary>
public static class FactsSchemaWriter
{
    public static JsonObject Write(BoundProgram program, string title) => Write(IrLowering.Lower(program).Program, title);

    public static JsonObject Write(IrProgram program, string title)
    {
        var defs = new JsonObject();
        foreach (var e in program.Enums) defs[e.Name] = Describe(new JsonObject { ["enum"] = Array(e.Members.Select(m => m.Name)) }, e.Doc, e.Source);
        foreach (var r in program.Records) defs[r.Name] = Describe(Object(r.Fields.Select(f => (f.Name, TypeSchema(f.Type), f.Doc, f.Source))), r.Doc, r.Source);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = "The facts of the rule set: one property per fact.",
        };
        foreach (var (key, value) in Object(program.Facts.Select(f => (f.Name, TypeSchema(f.Type), f.Doc, f.Source)))) schema[key] = value?.DeepClone();
        if (defs.Count > 0) schema["$defs"] = defs;
        return schema;
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonObject Schema, string? Doc, IrSource Source)> members)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, schema, doc, source) in members)
        {
            properties[name] = Describe(schema, doc, source);
            required.Add(name);
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonObject TypeSchema(IrType type) => type.Kind switch
    {
        IrTypeKind.Bool => new JsonObject { ["type"] = "boolean" },
        IrTypeKind.Int => new JsonObject { ["type"] = "integer" },
        IrTypeKind.Decimal => new JsonObject { ["type"] = "number" },
        IrTypeKind.Money => new JsonObject { ["type"] = "number", ["description"] = $"An amount in {type.Currency}." },
        IrTypeKind.Duration => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = @"^\s*\d+(\.\d+)?\s*(minutes?|hours?|days?|weeks?)\s*$",
            ["examples"] = Array(["72 hours", "3 days"]),
        },
        IrTypeKind.Date => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$",
            ["examples"] = Array(["2024-05-01", "2024-05-01T10:00:00Z"]),
        },
        IrTypeKind.Text => new JsonObject { ["type"] = "string" },
        IrTypeKind.Enum => new JsonObject { ["$ref"] = "#/$defs/" + type.Enum!.Name },
        IrTypeKind.Record => new JsonObject { ["$ref"] = "#/$defs/" + type.Record!.Name },
        IrTypeKind.Set => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.Element!), ["uniqueItems"] = true },
        _ => new JsonObject(),
    };

    private static JsonObject Describe(JsonObject schema, string? doc, IrSource source)
    {
        var parts = new[] { doc, source.Citation is null ? null : "Source: " + source.Citation, schema["description"]?.GetValue<string>() }
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count > 0) schema["description"] = string.Join("\n", parts);
        return schema;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
