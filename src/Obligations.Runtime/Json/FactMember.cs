using System.Reflection;

namespace Obligations.Runtime.Json;

/// <summary>A settable property of a generated facts or record class, under its name in the rules.</summary>
internal sealed record FactMember(string Name, PropertyInfo Property, string? Currency)
{
    public string Expected => Currency is not null ? $"an amount in {Currency} (a number)" : ExpectedFor(Property.PropertyType);

    public static FactMember[] Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => new FactMember(p.GetCustomAttribute<OblNameAttribute>()?.Name ?? p.Name, p, p.GetCustomAttribute<MoneyAttribute>()?.Currency))
            .ToArray();

    private static string ExpectedFor(Type type)
    {
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(long)) return "a whole number";
        if (type == typeof(decimal)) return "a number";
        if (type == typeof(string)) return "text (a JSON string)";
        if (type == typeof(TimeSpan)) return DurationText.Expected;
        if (type == typeof(DateTimeOffset)) return DateText.Expected;
        if (type.GetCustomAttribute<SetOfAttribute>() is { } set) return $"an array of {set.ElementType.Name} member names";
        if (type.IsEnum) return "one of " + string.Join(", ", EnumNames.Of(type).Keys.Select(n => $"\"{n}\""));
        return $"an object ({type.Name})";
    }
}
