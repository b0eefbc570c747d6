using System.Text.Json;
using System.Text.RegularExpressions;

namespace Obligations.Runtime.Json;

/// <summary>JSONPath-style names of values (<c>$.facts.operation.categories[2]</c>) and short descriptions of what was found.</summary>
public static partial class JsonPaths
{
    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_]*$")]
    private static partial Regex SimpleName();

    public static string Child(string path, string name) =>
        SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}[\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]";

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + Shorten(element.GetRawText()),
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
