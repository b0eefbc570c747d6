using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Obligations.Cli.Output.Terminal;
using Obligations.Diagnostics;

namespace Obligations.Cli.Output;

/// <summary>Writes diagnostics in the canonical text form, as JSON, or as SARIF 2.1.0.</summary>
public static class DiagnosticWriter
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static void Write(TextWriter writer, string format, ImmutableArray<Diagnostic> diagnostics, int fileCount) =>
        Write(writer, format, diagnostics, fileCount, ColorMode.Plain);

    /// <summary>Writes diagnostics; in text, <paramref name="mode"/> adds colour and source lines (see <see cref="ColorMode"/>).</summary>
    public static void Write(TextWriter writer, string format, ImmutableArray<Diagnostic> diagnostics, int fileCount, ColorMode mode)
    {
        switch (format)
        {
            case OutputFormats.Json:
                writer.WriteLine(ToJson(diagnostics, fileCount).ToJsonString(s_indented));
                break;
            case OutputFormats.Sarif:
                writer.WriteLine(SarifWriter.ToSarif(diagnostics).ToJsonString(s_indented));
                break;
            default:
                foreach (var diagnostic in diagnostics) DiagnosticRenderer.Write(writer, diagnostic, mode);
                writer.WriteLine(Summary(diagnostics, fileCount));
                break;
        }
    }

    public static string Summary(ImmutableArray<Diagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        return $"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} message(s)";
    }

    public static JsonObject ToJson(ImmutableArray<Diagnostic> diagnostics, int fileCount) => new()
    {
        ["files"] = fileCount,
        ["errors"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        ["warnings"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        ["diagnostics"] = new JsonArray(diagnostics.Select(d => (JsonNode)DiagnosticJson(d)).ToArray()),
    };

    private static JsonObject DiagnosticJson(Diagnostic d)
    {
        var json = new JsonObject
        {
            ["code"] = d.Id,
            ["severity"] = d.Severity.ToString().ToLowerInvariant(),
            ["message"] = d.Message,
            ["file"] = d.Location.Path,
            ["line"] = d.Location.Start.Line + 1,
            ["column"] = d.Location.Start.Character + 1,
            ["endLine"] = d.Location.End.Line + 1,
            ["endColumn"] = d.Location.End.Character + 1,
            ["helpUri"] = d.Descriptor.HelpLink,
            ["related"] = new JsonArray(d.RelatedLocations.Select(r => (JsonNode)new JsonObject
            {
                ["message"] = r.Message,
                ["file"] = r.Location.Path,
                ["line"] = r.Location.Start.Line + 1,
                ["column"] = r.Location.Start.Character + 1,
            }).ToArray()),
        };
        if (d.Properties.Count > 0)
            json["properties"] = new JsonObject(d.Properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        return json;
    }
}
