using System.Text.Json;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// A facts file for <c>oblc eval</c>: either a scenario file (an object with "facts" and optionally "now") or a
/// bare facts object. Errors name the JSON path, e.g. <c>$.facts.operation.categories[2]</c>.
/// </summary>
public sealed class FactsFile
{
    private FactsFile(object facts, DateTimeOffset? now)
    {
        Facts = facts;
        Now = now;
    }

    public object Facts { get; }

    /// <summary>The file's "now", when it has one.</summary>
    public DateTimeOffset? Now { get; }

    /// <exception cref="FactsJsonException">The file is not valid JSON or its facts do not fit the rule set.</exception>
    public static FactsFile Read(string json, EvaluatorHost host)
    {
        using var document = Parse(json);
        var root = document.RootElement;
        var isScenario = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("facts", out var facts)
            && facts.ValueKind == JsonValueKind.Object && !host.Evaluator.FactsType.GetProperties().Any(p => p.Name == "facts");
        if (!isScenario) return new FactsFile(host.ReadFacts(root, "$"), null);
        DateTimeOffset? now = null;
        if (root.TryGetProperty("now", out var nowElement))
        {
            if (nowElement.ValueKind != JsonValueKind.String || !DateText.TryParse(nowElement.GetString()!, out var parsed))
                throw new FactsJsonException("$.now", $"expected {DateText.Expected}, found {JsonPaths.Describe(nowElement)}");
            now = parsed;
        }
        return new FactsFile(host.ReadFacts(root.GetProperty("facts"), "$.facts"), now);
    }

    /// <summary>Parses facts JSON; every problem (depth, duplicate names, malformed text) names its JSON path.</summary>
    public static JsonDocument Parse(string json) => FactsJsonDocument.Parse(json);
}
