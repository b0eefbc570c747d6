using System.Text;
using System.Text.Json;

namespace Obligations.Analysis.Configuration;

/// <summary>
/// Where in a malformed JSON document reading stopped, as a JSON path (<c>$.diagnostics.OBL3009</c>):
/// JsonDocument reports only the line, so the document is read again token by token to name the place.
/// </summary>
internal static class JsonErrorPath
{
    public static string Find(string text)
    {
        var names = new List<string?>();
        string? pending = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName: pending = reader.GetString(); break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray: names.Add(pending); pending = null; break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray: names.RemoveAt(names.Count - 1); pending = null; break;
                    default: pending = null; break;
                }
            }
        }
        catch (JsonException)
        {
            // Reading stopped here: the names collected so far are the path.
        }
        var path = new StringBuilder("$");
        foreach (var name in names.Append(pending).Where(n => n is not null)) path.Append('.').Append(name);
        return path.ToString();
    }
}
