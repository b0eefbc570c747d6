using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Runtime;
using Obligations.Runtime.Scenarios;

namespace Obligations.LanguageServer.Features.ScenarioCases;

/// <summary>
/// <c>obligations/runCases</c>: runs the given case files (or all of one rule set, or of the workspace) against
/// their rule sets as they are in the editor, unsaved edits included; per case pass/fail, the messages
/// <c>oblc test</c> prints, and the differing statuses.
/// </summary>
public sealed class RunCasesHandler(ServerServices services) : RequestHandler<RunCasesParams, RunCasesResult>(services)
{
    public override string Method => "obligations/runCases";

    protected override bool RequiresParams => false;

    protected override RunCasesResult Handle(RunCasesParams? request, CancellationToken cancellationToken)
    {
        var service = ScenarioCaseService.For(Services);
        var results = new List<CaseRunResult>();
        foreach (var (ruleSet, cases) in Select(service, request))
        {
            var compiled = ruleSet is null ? null : service.Compile(ruleSet, cancellationToken);
            foreach (var path in cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = compiled is null
                    ? new ScenarioOutcome(null, null, [], ["not a case file of a rule set in the workspace (expected <rule set>/cases/*.json)"])
                    : service.Run(compiled, path);
                results.Add(ToResult(DocumentUris.FromPath(path), outcome));
            }
        }
        return new RunCasesResult(results, results.Count(r => r.Passed), results.Count(r => !r.Passed));
    }

    private static IEnumerable<(string? RuleSet, IReadOnlyList<string> Cases)> Select(ScenarioCaseService service, RunCasesParams? request)
    {
        if (request?.Uris is { Count: > 0 } uris)
        {
            return uris.Select(DocumentUris.ToPath)
                .GroupBy(service.RuleSetOf)
                .Select(g => (g.Key, (IReadOnlyList<string>)g.ToList()));
        }
        var ruleSets = request?.RuleSetUri is { } folder ? [DocumentUris.ToPath(folder).TrimEnd(Path.DirectorySeparatorChar)] : service.RuleSets();
        return ruleSets.Select(r => ((string?)r, ScenarioFolders.Cases(r)));
    }

    internal static CaseRunResult ToResult(string uri, ScenarioOutcome outcome)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        var consequences = new Dictionary<string, string>(StringComparer.Ordinal);
        if (outcome.Result is { } result)
        {
            foreach (var rule in result.RuleSet.Rules) rules[rule.Name] = StatusNames.Of(result.Rules[rule.Index].Status);
            foreach (var c in result.RuleSet.Consequences) consequences[c.Name] = StatusNames.Of(result.Consequences[c.Index]);
        }
        return new CaseRunResult(uri, outcome.Passed, outcome.Messages.ToList(),
            outcome.Differences.Select(d => new StatusDifference(d.Subject, d.Name, d.Expected, d.Actual)).ToList(), rules, consequences);
    }
}
