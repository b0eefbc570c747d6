using System.Text.Json.Nodes;
using Obligations.Runtime.Coverage;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Coverage;

/// <summary>Coverage as JSON: totals, then per rule set every rule, consequence and named condition with counts and places.</summary>
public static class CoverageJsonWriter
{
    public static JsonObject ToJson(IReadOnlyList<(string Folder, RuleSetCoverage Coverage)> reports, IReadOnlyList<string> failed)
    {
        var totals = CoverageTotals.Of(reports.Select(r => r.Coverage));
        return new JsonObject
        {
            ["conditions"] = Figure(totals.Conditions),
            ["statuses"] = Figure(totals.Statuses),
            ["rulesNeverBreached"] = totals.RulesNeverBreached,
            ["consequencesNeverApplied"] = totals.ConsequencesNeverApplied,
            ["ruleSets"] = new JsonArray(reports.Select(r => (JsonNode)RuleSet(r.Folder, r.Coverage)).ToArray()),
            ["notCompiled"] = new JsonArray(failed.Select(f => (JsonNode)JsonValue.Create(Obligations.Semantics.SourceFiles.DisplayPath(Path.GetFullPath(f)))).ToArray()),
        };
    }

    private static JsonObject RuleSet(string folder, RuleSetCoverage report) => new()
    {
        ["folder"] = Obligations.Semantics.SourceFiles.DisplayPath(Path.GetFullPath(folder)),
        ["name"] = report.RuleSet.Name,
        ["cases"] = report.Cases,
        ["conditions"] = Figure(report.ConditionOutcomes),
        ["statuses"] = Figure(report.Statuses),
        ["rules"] = new JsonArray(report.Rules.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r.Rule.Name,
            ["kind"] = r.Rule.Kind.ToString().ToLowerInvariant(),
            ["location"] = Span(r.Rule.Span),
            ["reached"] = Reached(r.Reached),
            ["neverReached"] = Names(r.NeverReached),
            ["conditions"] = Conditions(r.Conditions),
        }).ToArray()),
        ["consequences"] = new JsonArray(report.Consequences.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Consequence.Name,
            ["location"] = Span(c.Consequence.Span),
            ["reached"] = Reached(c.Reached),
            ["neverReached"] = Names(c.NeverReached),
            ["conditions"] = Conditions(c.Conditions),
        }).ToArray()),
        ["named"] = Conditions(report.Named),
    };

    private static JsonArray Conditions(IReadOnlyList<ConditionCoverage> conditions) => new(conditions.Select(c => (JsonNode)new JsonObject
    {
        ["id"] = c.Condition.Id,
        ["kind"] = CoverageTextWriter.Kind(c.Condition.Kind),
        ["owner"] = c.Condition.Owner,
        ["name"] = c.Condition.Name,
        ["text"] = c.Condition.Text,
        ["location"] = Span(c.Condition.Span),
        ["held"] = c.Held,
        ["failed"] = c.Failed,
        ["notEvaluated"] = c.NotEvaluated,
        ["covered"] = c.Covered,
    }).ToArray());

    private static JsonObject Reached(IReadOnlyList<StatusCount> reached)
    {
        var json = new JsonObject();
        foreach (var r in reached) json[r.Status] = r.Cases;
        return json;
    }

    private static JsonArray Names(IReadOnlyList<string> names) => new(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());

    private static JsonObject Figure(CoverageFigure figure) => new()
    {
        ["covered"] = figure.Covered,
        ["total"] = figure.Total,
        ["percent"] = Math.Floor(figure.Percent * 100) / 100,
    };

    private static JsonObject Span(SourceSpan span) => new() { ["file"] = span.Path, ["line"] = span.Line, ["column"] = span.Column };
}
