using System.Text.Json.Nodes;
using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output;

/// <summary>An evaluation as JSON: statuses keyed by name (the scenario file's "expect" shape), plus details.</summary>
public static class ResultJsonWriter
{
    public static JsonObject ToJson(EvaluationResult result, bool explain)
    {
        var explanation = result.Explain();
        var rules = new JsonObject();
        foreach (var r in explanation.Rules)
        {
            var json = new JsonObject
            {
                ["kind"] = r.Rule.Kind.ToString().ToLowerInvariant(),
                ["status"] = StatusNames.Of(r.Status),
                ["deadline"] = r.Deadline is { } d ? DateText.Format(d) : null,
            };
            if (explain)
            {
                json["summary"] = r.Summary;
                json["citation"] = r.Rule.Citation;
                json["location"] = Span(r.Rule.Span);
                json["reasons"] = Reasons(r.Reasons);
            }
            rules[r.Rule.Name] = json;
        }
        var consequences = new JsonObject();
        foreach (var c in explanation.Consequences)
        {
            var json = new JsonObject
            {
                ["kind"] = c.Consequence.Kind.ToString().ToLowerInvariant(),
                ["status"] = StatusNames.Of(c.Status),
                ["breachedRules"] = new JsonArray(c.BreachedRules.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
            };
            if (explain)
            {
                json["summary"] = c.Summary;
                json["citation"] = c.Consequence.Citation;
                json["location"] = Span(c.Consequence.Span);
                json["reasons"] = Reasons(c.Reasons);
            }
            consequences[c.Consequence.Name] = json;
        }
        return new JsonObject { ["ruleSet"] = result.RuleSet.Name, ["now"] = DateText.Format(result.Now), ["rules"] = rules, ["consequences"] = consequences };
    }

    private static JsonArray Reasons(IReadOnlyList<Reason> reasons) => new(reasons.Select(r => (JsonNode)new JsonObject
    {
        ["role"] = r.Condition.Kind.ToString(),
        ["name"] = r.Condition.Name,
        ["text"] = r.Condition.Text,
        ["holds"] = r.Held,
        ["citation"] = r.Condition.Citation,
        ["location"] = Span(r.Condition.Span),
        ["because"] = Reasons(r.Because),
    }).ToArray());

    private static JsonObject Span(SourceSpan span) => new()
    {
        ["file"] = span.Path,
        ["line"] = span.Line,
        ["column"] = span.Column,
        ["endLine"] = span.EndLine,
        ["endColumn"] = span.EndColumn,
    };
}
