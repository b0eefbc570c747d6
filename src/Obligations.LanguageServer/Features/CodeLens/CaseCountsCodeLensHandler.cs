using Obligations.LanguageServer.Features.ScenarioCases;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Runtime;
using Obligations.Runtime.Metadata;
using LspCodeLens = Obligations.LanguageServer.Protocol.CodeLens;

namespace Obligations.LanguageServer.Features.CodeLens;

/// <summary>
/// <c>textDocument/codeLens</c>: above each rule and consequence of a rule set with scenario cases, how many cases
/// reach each of its statuses ("3 cases: 2 complied, 1 breached"), from running the cases on the current text.
/// No lenses while the rule set does not compile (its diagnostics say why).
/// </summary>
public sealed class CaseCountsCodeLensHandler(ServerServices services) : RequestHandler<CodeLensParams, List<LspCodeLens>>(services)
{
    public override string Method => "textDocument/codeLens";

    protected override List<LspCodeLens> Handle(CodeLensParams? request, CancellationToken cancellationToken)
    {
        var path = DocumentUris.ToPath(request!.TextDocument.Uri);
        var service = ScenarioCaseService.For(Services);
        if (!DocumentUris.IsObl(path) || service.RuleSetOf(path) is not { } ruleSet) return [];
        var compiled = service.Compile(ruleSet, cancellationToken);
        if (compiled.Host is null) return [];
        var info = compiled.Host.RuleSet;
        var rules = new int[info.Rules.Count, StatusNames.RuleStatuses.Count];
        var consequences = new int[info.Consequences.Count, StatusNames.ConsequenceStatuses.Count];
        var cases = 0;
        foreach (var file in Runtime.Scenarios.ScenarioFolders.Cases(ruleSet))
        {
            if (service.Run(compiled, file).Result is not { } result) continue;
            cases++;
            for (var i = 0; i < result.Rules.Length; i++) rules[i, (int)result.Rules[i].Status]++;
            for (var i = 0; i < result.Consequences.Length; i++) consequences[i, (int)result.Consequences[i]]++;
        }
        var lenses = new List<LspCodeLens>();
        foreach (var rule in info.Rules.Where(r => r.Span.Path == path))
            lenses.Add(Lens(rule.Span, Title(cases, StatusNames.RuleStatuses, s => rules[rule.Index, s])));
        foreach (var consequence in info.Consequences.Where(c => c.Span.Path == path))
            lenses.Add(Lens(consequence.Span, Title(cases, StatusNames.ConsequenceStatuses, s => consequences[consequence.Index, s])));
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

    private static LspCodeLens Lens(SourceSpan span, string title)
    {
        var start = new Position(span.Line - 1, span.Column - 1);
        return new LspCodeLens(new Protocol.Range(start, start), new LspCommand(title, ""));
    }
}
