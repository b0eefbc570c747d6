using System.Text.Json.Nodes;
using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output;

/// <summary>
/// An evaluation as JSON: statuses keyed by name (the scenario file's "expect" shape), plus details. Explained,
/// each rule's "reasons" are the ones that decided it; a reason shared by several rules is written once under
/// "shared" and referred to as <c>{"ref": name}</c>. Traced, "trace" holds every condition evaluated.
/// </summary>
public static class ResultJsonWriter
{
    public static JsonObject ToJson(EvaluationResult result, bool explain) => ToJson(result, null, explain ? ExplainLevel.Explain : ExplainLevel.None);

    public static JsonObject ToJson(EvaluationResult result, object? facts, ExplainLevel level)
    {
        var explanation = facts is null ? result.Explain() : result.Explain(facts);
        var shared = new HashSet<Reason>(explanation.Shared, ReferenceEqualityComparer.Instance);
        var rules = new JsonObject();
        foreach (var r in explanation.Rules)
        {
            var json = new JsonObject
            {
                ["kind"] = r.Rule.Kind.ToString().ToLowerInvariant(),
                ["status"] = StatusNames.Of(r.Status),
                ["deadline"] = r.Deadline is { } d ? DateText.Format(d) : null,
            };
            if (level != ExplainLevel.None)
            {
                json["summary"] = r.Summary;
                json["description"] = r.Rule.Description;
                json["measure"] = r.Rule.MeasureDescription;
                json["citation"] = r.Rule.Citation;
                json["location"] = Span(r.Rule.Span);
                json["reasons"] = Reasons(r.Decisive, shared);
                if (level == ExplainLevel.Trace) json["trace"] = Trace(r.Reasons);
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
            if (level != ExplainLevel.None)
            {
                json["summary"] = c.Summary;
                json["description"] = c.Consequence.Description;
                json["citation"] = c.Consequence.Citation;
                json["location"] = Span(c.Consequence.Span);
                json["reasons"] = Reasons(c.Decisive, shared);
                if (level == ExplainLevel.Trace) json["trace"] = Trace(c.Reasons);
            }
            consequences[c.Consequence.Name] = json;
        }
        var root = new JsonObject { ["ruleSet"] = result.RuleSet.Name, ["now"] = DateText.Format(result.Now) };
        if (level != ExplainLevel.None) root["summary"] = Summary(explanation.Summary);
        root["rules"] = rules;
        root["consequences"] = consequences;
        if (level != ExplainLevel.None)
        {
            var sharedJson = new JsonObject();
            foreach (var reason in explanation.Shared) sharedJson[reason.Condition.Name!] = Reason(reason, shared);
            root["shared"] = sharedJson;
        }
        return root;
    }

    private static JsonObject Summary(ExplanationSummary s) => new()
    {
        ["breached"] = Names(s.Breached),
        ["pending"] = Names(s.Pending),
        ["complied"] = Names(s.Complied),
        ["permitted"] = Names(s.Permitted),
        ["excused"] = Names(s.Excused),
        ["overridden"] = Names(s.Overridden),
        ["notApplicable"] = Names(s.NotApplicable),
        ["consequencesThatApply"] = Names(s.ConsequencesThatApply),
        ["consequencesNotAvailable"] = Names(s.ConsequencesNotAvailable),
    };

    private static JsonArray Names(IReadOnlyList<string> names) => new(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());

    private static JsonArray Reasons(IReadOnlyList<Reason> reasons, HashSet<Reason> shared) =>
        new(reasons.Select(r => (JsonNode)(shared.Contains(r) ? new JsonObject { ["ref"] = r.Condition.Name, ["holds"] = r.Held } : Reason(r, shared))).ToArray());

    private static JsonObject Reason(Reason r, HashSet<Reason> shared)
    {
        var json = Base(r);
        json["because"] = Reasons(r.Decisive, shared);
        return json;
    }

    private static JsonArray Trace(IReadOnlyList<Reason> reasons) => new(reasons.Select(r =>
    {
        var json = Base(r);
        json["because"] = Trace(r.Because);
        return (JsonNode)json;
    }).ToArray());

    private static JsonObject Base(Reason r)
    {
        var facts = new JsonObject();
        foreach (var fact in r.Facts) facts[fact.Path] = fact.Value;
        return new JsonObject
        {
            ["role"] = r.Condition.Kind.ToString(),
            ["name"] = r.Condition.Name,
            ["text"] = r.Condition.Text,
            ["description"] = r.Condition.Description,
            ["holds"] = r.Held,
            ["facts"] = facts,
            ["citation"] = r.Condition.Citation,
            ["location"] = Span(r.Condition.Span),
        };
    }

    private static JsonObject Span(SourceSpan span) => new()
    {
        ["file"] = span.Path,
        ["line"] = span.Line,
        ["column"] = span.Column,
        ["endLine"] = span.EndLine,
        ["endColumn"] = span.EndColumn,
    };
}
