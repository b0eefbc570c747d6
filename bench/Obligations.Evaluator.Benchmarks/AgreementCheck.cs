using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// Before anything is timed: the generated evaluator, the hand-written C# and RulesEngine must give every rule and
/// consequence the same status on every record. Throws (so the benchmark does not run) on the first difference.
/// </summary>
public static class AgreementCheck
{
    public static string Run(FactsRecord[] records, RulesEngineEvaluator rulesEngine)
    {
        var generated = RulesEvaluator.CreateResult();
        var handRules = new RuleOutcome[HandWrittenEvaluator.RuleCount];
        var handConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
        var engineRules = new RuleStatus[HandWrittenEvaluator.RuleCount];
        var engineConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
        var statusCounts = new Dictionary<RuleStatus, int>();
        var names = RulesEvaluator.Info.Rules.Select(r => r.Name).ToArray();
        if (!names.SequenceEqual(RulesEngineWorkflows.RuleNames))
            throw new InvalidOperationException("Rule order differs between the generated evaluator and the RulesEngine workflow.");
        for (var n = 0; n < records.Length; n++)
        {
            var (facts, now) = records[n];
            RulesEvaluator.Evaluate(facts, now, generated);
            HandWrittenEvaluator.Evaluate(facts, now, handRules, handConsequences);
            rulesEngine.Evaluate(facts, now, engineRules, engineConsequences);
            for (var i = 0; i < names.Length; i++)
            {
                var expected = generated.Rules[i];
                if (handRules[i].Status != expected.Status || handRules[i].Deadline != expected.Deadline || engineRules[i] != expected.Status)
                    throw Disagree(n, names[i], $"{expected.Status} {expected.Deadline}", $"{handRules[i].Status} {handRules[i].Deadline}", engineRules[i].ToString());
                statusCounts[expected.Status] = statusCounts.GetValueOrDefault(expected.Status) + 1;
            }
            for (var i = 0; i < RulesEngineWorkflows.ConsequenceNames.Length; i++)
            {
                var expected = generated.Consequences[i];
                if (handConsequences[i] != expected || engineConsequences[i] != expected)
                    throw Disagree(n, RulesEngineWorkflows.ConsequenceNames[i], expected.ToString(), handConsequences[i].ToString(), engineConsequences[i].ToString());
            }
        }
        return $"{records.Length} records agree on {names.Length} rules and {RulesEngineWorkflows.ConsequenceNames.Length} consequences; rule statuses: "
            + string.Join(", ", statusCounts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
    }

    private static InvalidOperationException Disagree(int record, string name, string generated, string handWritten, string rulesEngine) =>
        new($"Record {record}, {name}: generated {generated}, hand-written {handWritten}, RulesEngine {rulesEngine}. Not benchmarking.");
}
