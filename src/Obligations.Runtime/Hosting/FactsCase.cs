using System.Text.Json;
using Obligations.Runtime.Json;

namespace Obligations.Runtime.Hosting;

/// <summary>
/// One case as <c>oblc eval</c> and the host API read it: a scenario file (an object with "facts", and optionally
/// "now", "description" and "expect") or a bare facts object. Errors name the JSON path, e.g.
/// <c>$.facts.operation.categories[2]</c> in a scenario file, <c>$.operation.categories[2]</c> in a bare one.
/// </summary>
public sealed class FactsCase
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> s_hasFactsField = new();
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private FactsCase(object facts, DateTimeOffset? now)
    {
        Facts = facts;
        Now = now;
    }

    /// <summary>An instance of the evaluator's facts type.</summary>
    public object Facts { get; }

    /// <summary>The scenario file's "now", when it has one.</summary>
    public DateTimeOffset? Now { get; }

    /// <exception cref="FactsJsonException">The text is not valid JSON or its facts do not fit <paramref name="factsType"/>.</exception>
    public static FactsCase Read(Type factsType, string json)
    {
        using var document = Parse(json);
        return Read(factsType, document.RootElement, "$");
    }

    /// <summary>Reads a case found at <paramref name="path"/> of a larger document (e.g. one line of a batch).</summary>
    /// <exception cref="FactsJsonException">The facts do not fit <paramref name="factsType"/>.</exception>
    public static FactsCase Read(Type factsType, JsonElement root, string path)
    {
        // A rule set with a fact named "facts" takes the object as bare facts: its own field wins.
        var facts = default(JsonElement);
        var isScenario = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("facts", out facts)
            && facts.ValueKind == JsonValueKind.Object && !s_hasFactsField.GetOrAdd(factsType, t => t.GetProperties().Any(p => p.Name == "facts"));
        if (!isScenario) return new FactsCase(FactsJsonReader.Read(factsType, root, path), null);
        DateTimeOffset? now = null;
        if (root.TryGetProperty("now", out var nowElement))
        {
            if (nowElement.ValueKind != JsonValueKind.String || !DateText.TryParse(nowElement.GetString()!, out var parsed))
                throw new FactsJsonException(JsonPaths.Child(path, "now"), $"expected {DateText.Expected}, found {JsonPaths.Describe(nowElement)}");
            now = parsed;
        }
        return new FactsCase(FactsJsonReader.Read(factsType, facts, JsonPaths.Child(path, "facts")), now);
    }

    /// <summary>Parses JSON as the case reader does (comments and trailing commas allowed); every problem (depth,
    /// duplicate names, lone surrogates, malformed text) names its JSON path.</summary>
    /// <exception cref="FactsJsonException">Not valid facts JSON.</exception>
    public static JsonDocument Parse(string json) => FactsJsonDocument.Parse(json);
}
