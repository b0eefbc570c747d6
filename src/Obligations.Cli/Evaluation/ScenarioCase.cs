using System.Text.Json;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// One scenario file: <c>{ "description", "now", "facts", "expect": { "rules": {…}, "consequences": {…} } }</c>.
/// <see cref="Check"/> gives one message per difference (empty when the case passes).
/// </summary>
public static class ScenarioCase
{
    public static IReadOnlyList<string> Check(EvaluatorHost host, string json)
    {
        var failures = new List<string>();
        try
        {
            using var document = FactsFile.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ["$: expected a scenario object with \"now\", \"facts\" and \"expect\""];
            if (!root.TryGetProperty("now", out var nowElement) || nowElement.ValueKind != JsonValueKind.String || !DateText.TryParse(nowElement.GetString()!, out var now))
                return [$"$.now: expected {DateText.Expected}"];
            if (!root.TryGetProperty("facts", out var factsElement)) return ["$.facts: missing; expected the facts object"];
            var facts = host.ReadFacts(factsElement, "$.facts");
            var result = EvaluationRunner.Run(host, facts, now, out var error);
            if (result is null) return [error!];
            if (!root.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
                return ["$.expect: missing; expected an object with \"rules\" and/or \"consequences\""];
            if (expect.TryGetProperty("rules", out var rules)) CompareRules(result, rules, failures);
            if (expect.TryGetProperty("consequences", out var consequences)) CompareConsequences(result, consequences, failures);
        }
        catch (FactsJsonException e)
        {
            failures.Add(e.Message);
        }
        return failures;
    }

    private static void CompareRules(EvaluationResult result, JsonElement expected, List<string> failures)
    {
        foreach (var (name, value, path) in Entries(expected, "$.expect.rules", failures))
        {
            var index = result.RuleSet.FindRule(name);
            if (index < 0) failures.Add($"{path}: the rule set has no rule '{name}'");
            else if (!StatusNames.TryParse(value, out RuleStatus status))
                failures.Add($"{path}: \"{value}\" is not a rule status; expected one of {string.Join(", ", StatusNames.RuleStatuses)}");
            else if (result.Rules[index].Status != status)
                failures.Add($"rule {name}: status expected {value}, actual {StatusNames.Of(result.Rules[index].Status)}");
        }
    }

    private static void CompareConsequences(EvaluationResult result, JsonElement expected, List<string> failures)
    {
        foreach (var (name, value, path) in Entries(expected, "$.expect.consequences", failures))
        {
            var index = result.RuleSet.FindConsequence(name);
            if (index < 0) failures.Add($"{path}: the rule set has no consequence '{name}'");
            else if (!StatusNames.TryParse(value, out ConsequenceStatus status))
                failures.Add($"{path}: \"{value}\" is not a consequence status; expected one of {string.Join(", ", StatusNames.ConsequenceStatuses)}");
            else if (result.Consequences[index] != status)
                failures.Add($"consequence {name}: status expected {value}, actual {StatusNames.Of(result.Consequences[index])}");
        }
    }

    private static IEnumerable<(string Name, string Value, string Path)> Entries(JsonElement element, string path, List<string> failures)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            failures.Add($"{path}: expected an object of name → status");
            yield break;
        }
        foreach (var property in element.EnumerateObject())
        {
            var childPath = JsonPaths.Child(path, property.Name);
            if (property.Value.ValueKind != JsonValueKind.String) failures.Add($"{childPath}: expected a status name");
            else yield return (property.Name, property.Value.GetString()!, childPath);
        }
    }
}
