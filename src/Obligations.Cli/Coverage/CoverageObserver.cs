using Obligations.Cli.Evaluation;
using Obligations.Runtime.Coverage;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Scenarios;

namespace Obligations.Cli.Coverage;

/// <summary>Collects coverage while <c>oblc test</c> runs: one collector per rule set folder, in run order.</summary>
public sealed class CoverageObserver : IScenarioObserver
{
    private readonly Dictionary<string, CoverageCollector> _collectors = [];
    private readonly List<string> _folders = [];
    private readonly List<string> _failed = [];

    /// <summary>Rule set folders that did not compile, so have no coverage.</summary>
    public IReadOnlyList<string> FailedRuleSets => _failed;

    public void RuleSetLoaded(string folder, EvaluatorHost host)
    {
        _collectors[folder] = new CoverageCollector(host.RuleSet);
        _folders.Add(folder);
    }

    public void RuleSetFailed(string folder) => _failed.Add(folder);

    public void CaseRun(string folder, string casePath, ScenarioOutcome outcome)
    {
        // A case whose facts cannot be read has no evaluation to count; it fails the run anyway.
        if (outcome.Result is { } result) _collectors[folder].Add(result);
    }

    public IReadOnlyList<(string Folder, RuleSetCoverage Coverage)> Reports() =>
        _folders.Select(f => (f, _collectors[f].Report())).ToList();
}
