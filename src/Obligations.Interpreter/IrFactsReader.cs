using System.Text.Json;
using Obligations.Lowering;
using Obligations.Runtime;
using Obligations.Runtime.Json;

namespace Obligations.Interpretation;

/// <summary>
/// Reads JSON facts for the interpreter with the rules of the generated evaluators' reader: every declared fact
/// and field is required, unknown names are refused, and every error names its JSON path
/// (<see cref="FactsJsonException"/>). The differential tests hold the two readers to the same answers.
/// </summary>
public static class IrFactsReader
{
    public static IrFacts Read(IrProgram program, JsonElement element, string path = "$")
    {
        var facts = new IrFacts(program);
        var values = ReadObject(program.Facts.Select(f => (f.Name, f.Type)).ToList(), element, path);
        foreach (var fact in program.Facts) facts[fact] = values[fact.Index];
        return facts;
    }

    public static object Read(IrType type, JsonElement element, string path)
    {
        switch (type.Kind)
        {
            case IrTypeKind.Bool:
                return element.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw Wrong(path, "true or false", element) };
            case IrTypeKind.Int:
                return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l) ? l : throw Wrong(path, "a whole number", element);
            case IrTypeKind.Decimal:
                return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var d) ? d : throw Wrong(path, "a number", element);
            case IrTypeKind.Money:
                return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var m) ? m : throw Wrong(path, $"an amount in {type.Currency} (a number)", element);
            case IrTypeKind.Text:
                return element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Wrong(path, "text (a JSON string)", element);
            case IrTypeKind.Duration:
                return element.ValueKind == JsonValueKind.String && DurationText.TryParse(element.GetString()!, out var t) ? t : throw Wrong(path, DurationText.Expected, element);
            case IrTypeKind.Date:
                return element.ValueKind == JsonValueKind.String && DateText.TryParse(element.GetString()!, out var dt) ? dt : throw Wrong(path, DateText.Expected, element);
            case IrTypeKind.Enum:
                return ReadMember(type.Enum!, element, path);
            case IrTypeKind.Set:
                if (element.ValueKind != JsonValueKind.Array) throw Wrong(path, $"an array of {type.Element!.Enum!.Name} member names", element);
                var bits = 0UL;
                var index = 0;
                foreach (var item in element.EnumerateArray()) bits |= 1UL << ReadMember(type.Element!.Enum!, item, $"{path}[{index++}]").Ordinal;
                return bits;
            default:
                return ReadObject(type.Record!.Fields.Select(f => (f.Name, f.Type)).ToList(), element, path);
        }
    }

    private static object?[] ReadObject(List<(string Name, IrType Type)> members, JsonElement element, string path)
    {
        var names = members.Count == 0 ? "no fields" : string.Join(", ", members.Select(m => $"\"{m.Name}\""));
        if (element.ValueKind != JsonValueKind.Object) throw Wrong(path, "an object with " + names, element);
        var values = new object?[members.Count];
        var seen = new bool[members.Count];
        foreach (var property in element.EnumerateObject())
        {
            var i = members.FindIndex(m => m.Name == property.Name);
            var childPath = JsonPaths.Child(path, property.Name);
            if (i < 0) throw new FactsJsonException(childPath, $"unknown name; expected one of {names}");
            if (seen[i]) throw new FactsJsonException(childPath, "given twice");
            seen[i] = true;
            values[i] = Read(members[i].Type, property.Value, childPath);
        }
        for (var i = 0; i < members.Count; i++)
            if (!seen[i]) throw new FactsJsonException(JsonPaths.Child(path, members[i].Name), "missing");
        return values;
    }

    private static IrEnumMember ReadMember(IrEnum e, JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String && e.Members.FirstOrDefault(m => m.Name == element.GetString()) is { } member) return member;
        throw Wrong(path, "one of " + string.Join(", ", e.Members.Select(m => $"\"{m.Name}\"")), element);
    }

    private static FactsJsonException Wrong(string path, string expected, JsonElement found) =>
        new(path, $"expected {expected}, found {JsonPaths.Describe(found)}");
}
