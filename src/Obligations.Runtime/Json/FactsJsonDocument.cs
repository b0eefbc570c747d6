using System.Text;
using System.Text.Json;

namespace Obligations.Runtime.Json;

/// <summary>
/// Parses facts JSON, first checking what <see cref="JsonDocument"/> reports vaguely or not at all, each with the
/// JSON path where it happens: nesting deeper than <see cref="MaxDepth"/>, a name given twice in one object (JSON
/// would silently keep the last), a string with a lone surrogate escape (<c>"\ud800"</c>, not text), and malformed
/// JSON (with line and byte too).
/// </summary>
public static class FactsJsonDocument
{
    /// <summary>The deepest nesting of objects and arrays accepted (the JSON library's default, said out loud).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions s_reader = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth + 1,
    };

    /// <exception cref="FactsJsonException">The JSON is malformed, too deep, has a duplicate name or a lone surrogate.</exception>
    public static JsonDocument Parse(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Check(bytes);
        return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
    }

    private static void Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_reader);
        var path = new JsonPathTracker();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= MaxDepth)
                            throw new FactsJsonException(path.Current, $"nested deeper than {MaxDepth} levels of objects and arrays");
                        path.Enter(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.Leave();
                        path.ValueDone();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = ReadText(ref reader, path.Current, "a name");
                        if (!path.Name(name))
                            throw new FactsJsonException(path.Current, "this name is given twice in the same object; give each name once");
                        break;
                    case JsonTokenType.String:
                        ReadText(ref reader, path.Current, "a string");
                        path.ValueDone();
                        break;
                    default:
                        path.ValueDone();
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var reason = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"nested deeper than {MaxDepth} levels of objects and arrays"
                : "not valid JSON";
            throw new FactsJsonException(path.Current, $"{reason} (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
    }

    private static string ReadText(ref Utf8JsonReader reader, string path, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode an unpaired \uD800-\uDFFF escape; say so here, for every string alike.
            throw new FactsJsonException(path, $"{what} with an unpaired surrogate escape (\\uD800-\\uDFFF without its pair), which is not text");
        }
    }
}
