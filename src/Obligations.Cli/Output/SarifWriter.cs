using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Obligations.Diagnostics;
using Obligations.Text;

namespace Obligations.Cli.Output;

/// <summary>SARIF 2.1.0: one run, the catalogue entries used as rules, one result per diagnostic.</summary>
public static class SarifWriter
{
    public static JsonObject ToSarif(ImmutableArray<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "oblc",
                        ["informationUri"] = DiagnosticDescriptors.HelpBaseUri,
                        ["version"] = typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                        ["rules"] = new JsonArray(rules.Select(r => (JsonNode)new JsonObject
                        {
                            ["id"] = r.Id,
                            ["name"] = r.Title.Replace(" ", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal),
                            ["shortDescription"] = new JsonObject { ["text"] = r.Title },
                            ["helpUri"] = r.HelpLink,
                            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.DefaultSeverity) },
                        }).ToArray()),
                    },
                },
                ["results"] = new JsonArray(diagnostics.Select(d => (JsonNode)new JsonObject
                {
                    ["ruleId"] = d.Id,
                    ["ruleIndex"] = ruleIndex[d.Id],
                    ["level"] = Level(d.Severity),
                    ["message"] = new JsonObject { ["text"] = d.Message },
                    ["locations"] = new JsonArray(PhysicalLocation(d.Location)),
                    ["relatedLocations"] = new JsonArray(d.RelatedLocations.Select((r, i) =>
                    {
                        var related = PhysicalLocation(r.Location);
                        related["id"] = i;
                        related["message"] = new JsonObject { ["text"] = r.Message };
                        return (JsonNode)related;
                    }).ToArray()),
                }).ToArray()),
            }),
        };
    }

    private static JsonObject PhysicalLocation(Location location) => new()
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = location.Path.Replace('\\', '/') },
            ["region"] = new JsonObject
            {
                ["startLine"] = location.Start.Line + 1,
                ["startColumn"] = location.Start.Character + 1,
                ["endLine"] = location.End.Line + 1,
                ["endColumn"] = location.End.Character + 1,
            },
        },
    };

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
