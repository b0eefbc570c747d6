using Obligations.Runtime;
using Obligations.Runtime.Json;
using Obligations.Testing.Reference;
using Obligations.Testing.Situations;

namespace Obligations.Testing.Harness;

/// <summary>Evaluates one situation with the generated evaluator and the reference and lists what differs.</summary>
public static class DifferentialComparer
{
    public static Comparison Compare(CompiledRuleSet compiled, IReferenceEvaluator reference, GeneratedSituation situation)
    {
        if (compiled.Evaluator is not { } evaluator)
            return new Comparison(ComparisonKind.Differs, [$"the rule set checks without errors but has no evaluator: {compiled.Failure}"]);
        EvaluationResult? actual = null;
        string? actualError = null;
        try
        {
            var facts = FactsJsonReader.Read(evaluator.FactsType, situation.FactsJson);
            actual = evaluator.CreateResult();
            evaluator.Evaluate(facts, situation.Now, actual);
        }
        catch (FactsJsonException e)
        {
            return new Comparison(ComparisonKind.Differs, [$"the facts reader refuses a complete situation: {e.Message}"]);
        }
        catch (Exception e) when (e is EvaluationException or OverflowException or ArgumentOutOfRangeException)
        {
            actualError = $"{e.GetType().Name}: {e.Message}";
        }
        catch (Exception e)
        {
            // docs/evaluator.md: an evaluation fails with an EvaluationException naming the place, nothing else.
            return new Comparison(ComparisonKind.Differs, [$"the evaluator throws {e.GetType().Name} ({e.Message}) instead of an EvaluationException naming the place"]);
        }
        var expected = reference.Evaluate(compiled.Text, situation.FactsJson, situation.Now);
        if (expected.Unsupported is { } reason) return new Comparison(ComparisonKind.Unsupported, [], reason);
        if (expected.EvaluationError is { } error)
            return actualError is null
                ? new Comparison(ComparisonKind.Differs, [$"the reference fails ({error}) but the evaluator gives an outcome"])
                : new Comparison(ComparisonKind.BothFailed, [], error);
        if (actualError is not null) return new Comparison(ComparisonKind.Differs, [$"the evaluator fails ({actualError}) but the reference gives an outcome"]);
        var differences = Differences(expected, actual!).ToList();
        return new Comparison(differences.Count == 0 ? ComparisonKind.Agreed : ComparisonKind.Differs, differences);
    }

    private static IEnumerable<string> Differences(RuleSetOutcome expected, EvaluationResult actual)
    {
        foreach (var rule in expected.Rules)
        {
            var index = actual.RuleSet.FindRule(rule.Rule);
            if (index < 0) { yield return $"rule {rule.Rule}: missing from the evaluator"; continue; }
            var outcome = actual.Rules[index];
            var status = StatusNames.Of(outcome.Status);
            if (!rule.Statuses.Contains(status))
                yield return $"rule {rule.Rule}: reference {string.Join("|", rule.Statuses.Order())}, evaluator {status}";
            if (rule.DecidesDeadline && rule.Deadline != outcome.Deadline)
                yield return rule.Deadline is { } a && outcome.Deadline is { } b && (a - b).Duration() < TimeSpan.FromMilliseconds(1)
                    ? $"rule {rule.Rule} deadline: reference and evaluator differ by less than a millisecond ({Show(a)}, {Show(b)})"
                    : $"rule {rule.Rule} deadline: reference {Show(rule.Deadline)}, evaluator {Show(outcome.Deadline)}";
        }
        foreach (var consequence in expected.Consequences)
        {
            var index = actual.RuleSet.FindConsequence(consequence.Consequence);
            if (index < 0) { yield return $"consequence {consequence.Consequence}: missing from the evaluator"; continue; }
            var status = StatusNames.Of(actual.Consequences[index]);
            if (!consequence.Statuses.Contains(status))
                yield return $"consequence {consequence.Consequence}: reference {string.Join("|", consequence.Statuses.Order())}, evaluator {status}";
        }
    }

    private static string Show(DateTimeOffset? date) => date is { } d ? d.ToString("O") : "none";
}
