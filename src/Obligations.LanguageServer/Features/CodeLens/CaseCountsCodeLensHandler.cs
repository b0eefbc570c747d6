using Obligations.LanguageServer.Features.ScenarioCases;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Runtime;
using Obligations.Runtime.Scenarios;
using LspCodeLens = Obligations.LanguageServer.Protocol.CodeLens;

namespace Obligations.LanguageServer.Features.CodeLens;

/// <summary>
/// <c>textDocument/codeLens</c>: above each rule and consequence of a rule set with scenario cases, how many cases
/// reach each of its statuses ("3 cases: 2 complied, 1 breached"), from running the cases. Lenses sit on the
/// declarations of the current text. When the client handles <c>workspace/codeLens/refresh</c>, an edited rule
/// set is compiled in the background (the counts meanwhile are those of its last compile) and the client is
/// asked to refresh when it is done, so typing never waits for a compile; otherwise it is compiled here. No
/// lenses while the rule set does not compile (its diagnostics say why).
/// </summary>
public sealed class CaseCountsCodeLensHandler(ServerServices services) : RequestHandler<CodeLensParams, List<LspCodeLens>>(services)
{
    public override string Method => "textDocument/codeLens";

    protected override List<LspCodeLens> Handle(CodeLensParams? request, CancellationToken cancellationToken)
    {
        var path = DocumentUris.ToPath(request!.TextDocument.Uri);
        var service = ScenarioCaseService.For(Services);
        var document = Services.Workspace.Snapshot.GetDocument(request.TextDocument.Uri);
        if (document is null || !DocumentUris.IsObl(path) || service.RuleSetOf(path) is not { } ruleSet) return [];
        var compiled = service.Latest(ruleSet, out var current);
        if (!current && service.ClientRefreshesCodeLens)
            service.CompileInBackground(ruleSet, () => _ = RefreshAsync());
        else if (!current)
            compiled = service.Compile(ruleSet, cancellationToken);
        if (compiled?.Host is not { } host) return [];

        var info = host.RuleSet;
        var rules = new int[info.Rules.Count, StatusNames.RuleStatuses.Count];
        var consequences = new int[info.Consequences.Count, StatusNames.ConsequenceStatuses.Count];
        var cases = 0;
        foreach (var file in ScenarioFolders.Cases(ruleSet))
        {
            if (service.Run(compiled, file).Result is not { } result) continue;
            cases++;
            for (var i = 0; i < result.Rules.Length; i++) rules[i, (int)result.Rules[i].Status]++;
            for (var i = 0; i < result.Consequences.Length; i++) consequences[i, (int)result.Consequences[i]]++;
        }
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in info.Rules.Where(r => r.Span.Path == path))
            titles[rule.Name] = Title(cases, StatusNames.RuleStatuses, s => rules[rule.Index, s]);
        foreach (var consequence in info.Consequences.Where(c => c.Span.Path == path))
            titles[consequence.Name] = Title(cases, StatusNames.ConsequenceStatuses, s => consequences[consequence.Index, s]);

        var lenses = new List<LspCodeLens>();
        foreach (var declaration in document.Tree.Root.Declarations)
        {
            if (declaration.Name.IsMissing || !titles.TryGetValue(declaration.Name.Text, out var title)) continue;
            var start = document.Text.ToRange(declaration.Name.Span).Start;
            lenses.Add(new LspCodeLens(new Protocol.Range(start, start), new LspCommand(title, "")));
        }
        return lenses;
    }

    /// <summary>"3 cases: 2 complied, 1 breached": the statuses some case reached, most frequent first.</summary>
    internal static string Title(int cases, IReadOnlyList<string> names, Func<int, int> count)
    {
        var reached = Enumerable.Range(0, names.Count).Where(s => count(s) > 0).OrderByDescending(count).ThenBy(s => s)
            .Select(s => $"{count(s)} {names[s]}");
        var noun = cases == 1 ? "1 case" : $"{cases} cases";
        return cases == 0 ? "no cases" : $"{noun}: {string.Join(", ", reached)}";
    }

    private async Task RefreshAsync()
    {
        try
        {
            await Services.Client.RequestAsync("workspace/codeLens/refresh", new { }).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Services.Logger.Warn($"workspace/codeLens/refresh failed: {e.Message}");
        }
    }
}
