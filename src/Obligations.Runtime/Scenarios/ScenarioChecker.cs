using System.Diagnostics;
using System.Text.Json;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Runtime.Scenarios;

/// <summary>
/// Runs one scenario file, <c>{ "description", "now", "facts", "expect": { "rules": {…}, "consequences": {…} } }</c>,
/// against an evaluator and compares the statuses with the expected ones. Shared by <c>oblc test</c> and the
/// language server, so a case passes or fails the same way in both.
/// </summary>
public static class ScenarioChecker
{
    public static ScenarioOutcome Check(EvaluatorHost host, string json)
    {
        var run = new Run();
        try
        {
            using var document = Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return run.Fail("$: expected a scenario object with \"now\", \"facts\" and \"expect\"");
            if (root.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
                run.Description = description.GetString();
            if (!root.TryGetProperty("now", out var nowElement) || nowElement.ValueKind != JsonValueKind.String || !DateText.TryParse(nowElement.GetString()!, out var now))
                return run.Fail($"$.now: expected {DateText.Expected}");
            if (!root.TryGetProperty("facts", out var factsElement)) return run.Fail("$.facts: missing; expected the facts object");
            var facts = host.ReadFacts(factsElement, "$.facts");
            run.Result = Evaluate(host, facts, now, out var error);
            if (run.Result is null) return run.Fail(error!);
            if (!root.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
                return run.Fail("$.expect: missing; expected an object with \"rules\" and/or \"consequences\"");
            if (expect.TryGetProperty("rules", out var rules)) CompareRules(run, rules);
            if (expect.TryGetProperty("consequences", out var consequences)) CompareConsequences(run, consequences);
        }
        catch (FactsJsonException e)
        {
            run.Messages.Add(e.Message);
        }
        return run.ToOutcome();
    }

    private static EvaluationResult? Evaluate(EvaluatorHost host, object facts, DateTimeOffset now, out string? error)
    {
        error = null;
        try
        {
            return host.Evaluate(facts, now);
        }
        catch (EvaluationException e)
        {
            error = "evaluation failed: " + e.Message;
        }
        catch (ArithmeticException e)
        {
            // The generated code's #line directives make the failing frame point at the .obl line.
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName()?.EndsWith(".obl", StringComparison.OrdinalIgnoreCase) == true);
            var place = frame is null ? string.Empty : $"{frame.GetFileName()}({frame.GetFileLineNumber()}): ";
            error = $"evaluation failed: {place}{e.Message}";
        }
        return null;
    }

    private static void CompareRules(Run run, JsonElement expected)
    {
        var result = run.Result!;
        foreach (var (name, value, path) in Entries(expected, "$.expect.rules", run.Messages))
        {
            var index = result.RuleSet.FindRule(name);
            if (index < 0) run.Messages.Add($"{path}: the rule set has no rule '{name}'");
            else if (!StatusNames.TryParse(value, out RuleStatus status))
                run.Messages.Add($"{path}: \"{value}\" is not a rule status; expected one of {string.Join(", ", StatusNames.RuleStatuses)}");
            else if (result.Rules[index].Status != status)
                run.Differ(new ScenarioDifference("rule", name, value, StatusNames.Of(result.Rules[index].Status)));
        }
    }

    private static void CompareConsequences(Run run, JsonElement expected)
    {
        var result = run.Result!;
        foreach (var (name, value, path) in Entries(expected, "$.expect.consequences", run.Messages))
        {
            var index = result.RuleSet.FindConsequence(name);
            if (index < 0) run.Messages.Add($"{path}: the rule set has no consequence '{name}'");
            else if (!StatusNames.TryParse(value, out ConsequenceStatus status))
                run.Messages.Add($"{path}: \"{value}\" is not a consequence status; expected one of {string.Join(", ", StatusNames.ConsequenceStatuses)}");
            else if (result.Consequences[index] != status)
                run.Differ(new ScenarioDifference("consequence", name, value, StatusNames.Of(result.Consequences[index])));
        }
    }

    private static IEnumerable<(string Name, string Value, string Path)> Entries(JsonElement element, string path, List<string> messages)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            messages.Add($"{path}: expected an object of name → status");
            yield break;
        }
        foreach (var property in element.EnumerateObject())
        {
            var childPath = JsonPaths.Child(path, property.Name);
            if (property.Value.ValueKind != JsonValueKind.String) messages.Add($"{childPath}: expected a status name");
            else yield return (property.Name, property.Value.GetString()!, childPath);
        }
    }

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FactsJsonException("$", $"not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
    }

    private sealed class Run
    {
        public string? Description;
        public EvaluationResult? Result;
        public readonly List<ScenarioDifference> Differences = [];
        public readonly List<string> Messages = [];

        public void Differ(ScenarioDifference difference)
        {
            Differences.Add(difference);
            Messages.Add(difference.ToString());
        }

        public ScenarioOutcome Fail(string message)
        {
            Messages.Add(message);
            return ToOutcome();
        }

        public ScenarioOutcome ToOutcome() => new(Description, Result, Differences, Messages);
    }
}
