using System.Collections.Concurrent;
using System.Reflection;

namespace Obligations.Runtime.Json;

/// <summary>An enum's members under their names in the rules, in declaration order.</summary>
internal static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> s_cache = new();

    public static IReadOnlyDictionary<string, object> Of(Type type) => s_cache.GetOrAdd(type, static t =>
    {
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in t.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture)))
            names[field.GetCustomAttribute<OblNameAttribute>()?.Name ?? field.Name] = field.GetValue(null)!;
        return names;
    });

    /// <summary>The name in the rules of an enum value (for output).</summary>
    public static string NameOf(object value) =>
        Of(value.GetType()).FirstOrDefault(p => p.Value.Equals(value)).Key ?? value.ToString()!;
}
