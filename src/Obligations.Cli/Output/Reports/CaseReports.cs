using System.Text.Json;
using Obligations.Runtime;

namespace Obligations.Cli.Output.Reports;

/// <summary>Builds a <see cref="CaseReport"/> from a scenario or facts file and its evaluation.</summary>
public static class CaseReports
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static CaseReport Of(string casePath, string json, EvaluationResult? result, object? facts, IReadOnlyList<string>? failures = null)
    {
        string? description = null;
        var factsJson = json;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String)
                description = d.GetString();
            var shown = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("facts", out var f) ? f : root;
            factsJson = JsonSerializer.Serialize(shown, s_indented);
        }
        catch (JsonException)
        {
            // Shown as written: the failures say what is wrong with it.
        }
        var explanation = result is null ? null : facts is null ? result.Explain() : result.Explain(facts);
        return new CaseReport(casePath, description, factsJson, result, explanation) { Failures = failures };
    }
}
