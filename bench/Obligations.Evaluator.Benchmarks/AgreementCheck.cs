using Obligations.Evaluator.Benchmarks.HandWritten;
using Obligations.Evaluator.Benchmarks.NRulesPeer;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Evaluator.Benchmarks.RulesEnginePeer;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// Before anything is timed: the generated evaluator, the hand-written C#, RulesEngine and NRules must give every
/// rule and consequence the same status on every record (and generated and hand-written the same deadlines).
/// Throws (so the benchmark does not run) on the first difference.
/// </summary>
public static class AgreementCheck
{
    public static string Run(FactsRecord[] records, RulesEngineEvaluator rulesEngine, NRulesEvaluator nrules)
    {
        var generated = RulesEvaluator.CreateResult();
        var hand = new HandWrittenResult();
        var engineRules = new RuleStatus[HandWrittenEvaluator.RuleCount];
        var engineConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
        var nrulesRules = new RuleStatus[HandWrittenEvaluator.RuleCount];
        var nrulesConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
        var statusCounts = new Dictionary<RuleStatus, int>();
        var names = RulesEvaluator.Info.Rules.Select(r => r.Name).ToArray();
        if (!names.SequenceEqual(RulesEngineWorkflows.RuleNames))
            throw new InvalidOperationException("Rule order differs between the generated evaluator and the RulesEngine workflow.");
        for (var n = 0; n < records.Length; n++)
        {
            var (facts, now) = records[n];
            RulesEvaluator.Evaluate(facts, now, generated);
            HandWrittenEvaluator.Evaluate(facts, now, ref hand);
            rulesEngine.Evaluate(facts, now, engineRules, engineConsequences);
            nrules.Evaluate(facts, now, nrulesRules, nrulesConsequences);
            for (var i = 0; i < names.Length; i++)
            {
                var expected = generated.Rules[i];
                if (hand.Rules[i] != expected.Status || hand.DeadlineOf(i) != expected.Deadline || engineRules[i] != expected.Status || nrulesRules[i] != expected.Status)
                    throw Disagree(n, names[i], $"{expected.Status} {expected.Deadline}", $"{hand.Rules[i]} {hand.DeadlineOf(i)}", engineRules[i].ToString(), nrulesRules[i].ToString());
                statusCounts[expected.Status] = statusCounts.GetValueOrDefault(expected.Status) + 1;
            }
            var breached = 0u;
            for (var i = 0; i < names.Length; i++) breached |= generated.Rules[i].Status == RuleStatus.Breached ? 1u << i : 0;
            if (hand.Breached != breached)
                throw Disagree(n, "breach mask", breached.ToString("x"), hand.Breached.ToString("x"), "-", "-");
            for (var i = 0; i < RulesEngineWorkflows.ConsequenceNames.Length; i++)
            {
                var expected = generated.Consequences[i];
                if (hand.Consequences[i] != expected || engineConsequences[i] != expected || nrulesConsequences[i] != expected)
                    throw Disagree(n, RulesEngineWorkflows.ConsequenceNames[i], expected.ToString(), hand.Consequences[i].ToString(),
                        engineConsequences[i].ToString(), nrulesConsequences[i].ToString());
            }
        }
        return $"{records.Length} records agree on {names.Length} rules and {RulesEngineWorkflows.ConsequenceNames.Length} consequences; rule statuses: "
            + string.Join(", ", statusCounts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
    }

    private static InvalidOperationException Disagree(int record, string name, string generated, string handWritten, string rulesEngine, string nrules) =>
        new($"Record {record}, {name}: generated {generated}, hand-written {handWritten}, RulesEngine {rulesEngine}, NRules {nrules}. Not benchmarking.");
}
