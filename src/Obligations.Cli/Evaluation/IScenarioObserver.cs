using Obligations.Runtime.Hosting;
using Obligations.Runtime.Scenarios;

namespace Obligations.Cli.Evaluation;

/// <summary>Sees every rule set and case <see cref="ScenarioRunner"/> runs (coverage collects from here).</summary>
public interface IScenarioObserver
{
    /// <summary>The rule set under <paramref name="folder"/> compiled; its cases follow.</summary>
    void RuleSetLoaded(string folder, EvaluatorHost host);

    /// <summary>The rule set under <paramref name="folder"/> does not compile; its cases were not run.</summary>
    void RuleSetFailed(string folder);

    void CaseRun(string folder, string casePath, ScenarioOutcome outcome);
}
