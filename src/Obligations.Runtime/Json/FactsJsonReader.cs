using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Obligations.Runtime.Json;

/// <summary>
/// Reads JSON facts into a generated facts object. Every declared fact and field is required and unknown
/// names are refused, so a typo is an error naming its JSON path rather than a silently false condition.
/// Reflection is used here only: evaluation itself reads the typed object.
/// </summary>
public static class FactsJsonReader
{
    private static readonly ConcurrentDictionary<Type, FactMember[]> s_members = new();

    /// <summary>Parses <paramref name="json"/> and reads it as an instance of <paramref name="factsType"/>.</summary>
    /// <exception cref="FactsJsonException">The JSON is malformed or does not fit the facts.</exception>
    public static object Read(Type factsType, string json)
    {
        var document = FactsJsonDocument.Parse(json);
        using (document) return Read(factsType, document.RootElement, "$");
    }

    /// <summary>Reads <paramref name="element"/>, found at <paramref name="path"/>, as an instance of <paramref name="type"/>.</summary>
    public static object Read(Type type, JsonElement element, string path)
    {
        if (type == typeof(bool))
            return element.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw Wrong(path, "true or false", element) };
        if (type == typeof(long)) return FactNumbers.ReadWhole(element, path);
        if (type == typeof(decimal)) return FactNumbers.ReadDecimal(element, path, "a number");
        if (type == typeof(string))
            return element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Wrong(path, "text (a JSON string)", element);
        if (type == typeof(TimeSpan))
            return element.ValueKind == JsonValueKind.String && DurationText.TryParse(element.GetString()!, out var t) ? t : throw Wrong(path, DurationText.Expected, element);
        if (type == typeof(DateTimeOffset))
            return element.ValueKind == JsonValueKind.String && DateText.TryParse(element.GetString()!, out var dt) ? dt : throw Wrong(path, DateText.Expected, element);
        if (type.IsEnum)
        {
            var set = type.GetCustomAttribute<SetOfAttribute>();
            return set is null ? ReadEnum(type, element, path) : ReadSet(type, set.ElementType, element, path);
        }
        if (type.IsClass) return ReadObject(type, element, path);
        throw new FactsJsonException(path, $"facts of C# type {type.Name} cannot be read from JSON");
    }

    private static object ReadObject(Type type, JsonElement element, string path)
    {
        var members = s_members.GetOrAdd(type, FactMember.Of);
        if (element.ValueKind != JsonValueKind.Object)
            throw Wrong(path, "an object with " + Describe(members), element);
        var instance = Activator.CreateInstance(type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var member = Array.Find(members, m => m.Name == property.Name);
            var childPath = JsonPaths.Child(path, property.Name);
            if (member is null)
                throw new FactsJsonException(childPath, $"unknown name; expected one of {Describe(members)}{NameSuggestions.For(property.Name, members.Select(m => m.Name))}");
            seen.Add(member.Name);
            member.Property.SetValue(instance, ReadMember(member, property.Value, childPath));
        }
        foreach (var member in members)
        {
            if (!seen.Contains(member.Name))
                throw new FactsJsonException(JsonPaths.Child(path, member.Name), $"missing; expected {member.Expected}");
        }
        return instance;
    }

    private static object ReadMember(FactMember member, JsonElement value, string path)
    {
        if (member.Currency is not null) return FactNumbers.ReadDecimal(value, path, member.Expected);
        return Read(member.Property.PropertyType, value, path);
    }

    private static object ReadEnum(Type type, JsonElement element, string path)
    {
        var names = EnumNames.Of(type);
        if (element.ValueKind == JsonValueKind.String && names.TryGetValue(element.GetString()!, out var value)) return value;
        var suggestion = element.ValueKind == JsonValueKind.String ? NameSuggestions.For(element.GetString()!, names.Keys) : string.Empty;
        throw new FactsJsonException(path, $"expected one of {string.Join(", ", names.Keys.Select(n => $"\"{n}\""))}, found {JsonPaths.Describe(element)}{suggestion}");
    }

    private static object ReadSet(Type setType, Type elementType, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw Wrong(path, $"an array of {elementType.Name} member names", element);
        ulong bits = 0;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var member = ReadEnum(elementType, item, $"{path}[{index++}]");
            bits |= 1UL << Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
        }
        return Enum.ToObject(setType, bits);
    }

    private static string Describe(FactMember[] members) =>
        members.Length == 0 ? "no fields" : string.Join(", ", members.Select(m => $"\"{m.Name}\""));

    internal static FactsJsonException Wrong(string path, string expected, JsonElement found) =>
        new(path, $"expected {expected}, found {JsonPaths.Describe(found)}");
}
