using System.Text.Json;

namespace Obligations.Runtime.Scenarios;

/// <summary>
/// What a scenario file says about itself, read without an evaluator (for listing cases): its description and
/// the statuses it expects. <see cref="Problem"/> is set when the file is not a JSON object.
/// </summary>
public sealed record ScenarioExpectations(
    string? Description,
    IReadOnlyDictionary<string, string> Rules,
    IReadOnlyDictionary<string, string> Consequences,
    string? Problem)
{
    public static ScenarioExpectations Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Failed("$: expected a scenario object");
            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var expect = root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
            return new ScenarioExpectations(description, Statuses(expect, "rules"), Statuses(expect, "consequences"), null);
        }
        catch (JsonException e)
        {
            return Failed($"$: not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
    }

    private static ScenarioExpectations Failed(string problem) =>
        new(null, new Dictionary<string, string>(), new Dictionary<string, string>(), problem);

    private static Dictionary<string, string> Statuses(JsonElement expect, string name)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (expect.ValueKind != JsonValueKind.Object || !expect.TryGetProperty(name, out var entries) || entries.ValueKind != JsonValueKind.Object)
            return statuses;
        foreach (var entry in entries.EnumerateObject())
            if (entry.Value.ValueKind == JsonValueKind.String) statuses[entry.Name] = entry.Value.GetString()!;
        return statuses;
    }
}
