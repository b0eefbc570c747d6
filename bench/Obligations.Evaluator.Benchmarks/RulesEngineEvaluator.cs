using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;
using RulesEngine.Models;

namespace Obligations.Evaluator.Benchmarks;

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
        for (var i = 0; i < ruleResults.Count; i++) rules[i] = (RuleStatus)Output(ruleResults[i]);
        var consequenceResults = _engine.ExecuteAllRulesAsync(RulesEngineWorkflows.ConsequencesWorkflow, factsParameter, new RuleParameter("statuses", rules))
            .GetAwaiter().GetResult();
        for (var i = 0; i < consequenceResults.Count; i++) consequences[i] = (ConsequenceStatus)Output(consequenceResults[i]);
    }

    private static object Output(RuleResultTree result)
    {
        if (!result.IsSuccess || result.ActionResult?.Exception is not null || result.ActionResult?.Output is null)
            throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage} {result.ActionResult?.Exception?.Message}");
        return result.ActionResult.Output;
    }
}
