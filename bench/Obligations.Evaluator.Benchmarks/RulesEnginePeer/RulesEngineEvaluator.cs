using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;
using RulesEngine.Models;

namespace Obligations.Evaluator.Benchmarks.RulesEnginePeer;

/// <summary>Runs <see cref="RulesEngineWorkflows"/>: the rules workflow, then the consequences over its statuses.</summary>
public sealed class RulesEngineEvaluator
{
    private readonly RulesEngine.RulesEngine _engine = new(RulesEngineWorkflows.Create(), new ReSettings
    {
        CustomTypes = RulesEngineWorkflows.CustomTypes,
    });

    public void Evaluate(Facts facts, DateTimeOffset now, RuleStatus[] rules, ConsequenceStatus[] consequences)
    {
        var factsParameter = new RuleParameter("facts", facts);
        var ruleResults = _engine.ExecuteAllRulesAsync(RulesEngineWorkflows.RulesWorkflow, factsParameter, new RuleParameter("now", now))
            .GetAwaiter().GetResult();
        for (var i = 0; i < ruleResults.Count; i++) rules[i] = (RuleStatus)Status(ruleResults[i]);
        var consequenceResults = _engine.ExecuteAllRulesAsync(RulesEngineWorkflows.ConsequencesWorkflow, factsParameter, new RuleParameter("statuses", rules))
            .GetAwaiter().GetResult();
        for (var i = 0; i < consequenceResults.Count; i++) consequences[i] = (ConsequenceStatus)Status(consequenceResults[i]);
    }

    private static object Status(RuleResultTree result)
    {
        if (!result.IsSuccess || !result.Inputs.TryGetValue(RulesEngineWorkflows.StatusParam, out var status) || status is null)
            throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
        return status;
    }
}
