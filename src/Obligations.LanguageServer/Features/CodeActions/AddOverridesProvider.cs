using Obligations.Binding;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;
using Obligations.Diagnostics;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>
/// For a contradiction between two rules (OBL3011 obligation/prohibition, OBL3012 permission/prohibition,
/// OBL3013 incompatible obligations: reported on one rule, with both rules among the related locations, or
/// named in the properties <c>rule</c>/<c>otherRule</c>): let either rule override the other.
/// </summary>
public sealed class AddOverridesProvider : ICodeActionProvider
{
    /// <summary>The analyses' contradiction codes, which an <c>overrides</c> clause resolves.</summary>
    public static readonly IReadOnlySet<string> ContradictionCodes = new HashSet<string>
    {
        DiagnosticDescriptors.ObligationProhibitionConflict.Id, DiagnosticDescriptors.PermissionProhibitionConflict.Id, DiagnosticDescriptors.IncompatibleObligations.Id,
    };

    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        foreach (var diagnostic in request.WithCode(ContradictionCodes.Contains))
        {
            var rules = FindRules(request, diagnostic).Distinct().Take(2).ToList();
            if (rules.Count != 2) continue;
            foreach (var (winner, loser) in new[] { (rules[0], rules[1]), (rules[1], rules[0]) })
            {
                if (winner.Overrides.Any(o => ReferenceEquals(o.Target, loser))) continue;
                var edit = OverrideEdit(request, winner, loser);
                if (edit is null) continue;
                yield return new CodeAction
                {
                    Title = $"Let '{winner.Name}' override '{loser.Name}' (lex specialis)",
                    Kind = CodeActionKinds.QuickFix,
                    Diagnostics = [diagnostic],
                    Edit = edit,
                };
            }
        }
    }

    private static IEnumerable<RuleSymbol> FindRules(CodeActionRequest request, LspDiagnostic diagnostic)
    {
        var program = request.Model.Program;
        foreach (var key in new[] { "rule", "otherRule" })
            if (diagnostic.Data?.TryGetValue(key, out var name) == true && program.ByName.TryGetValue(name, out var named) && named is RuleSymbol rule)
                yield return rule;
        if (request.Model.GetSymbolAt(request.OffsetOf(diagnostic)) is RuleSymbol here) yield return here;
        foreach (var related in diagnostic.RelatedInformation ?? [])
        {
            var document = request.Document.Snapshot.GetDocument(related.Location.Uri);
            if (document?.GetSemanticModel(request.CancellationToken).GetSymbolAt(document.OffsetOf(related.Location.Range.Start)) is RuleSymbol other)
                yield return other;
        }
    }

    /// <summary>Inserts <c>overrides loser because lex_specialis</c> as the last clause of the winner.</summary>
    private static WorkspaceEdit? OverrideEdit(CodeActionRequest request, RuleSymbol winner, RuleSymbol loser)
    {
        var text = winner.Tree.Text;
        var closing = winner.Syntax.Span.End - 1;
        if (closing < 0 || closing >= text.Length || text.Text[closing] != '}') return null;
        var clauseIndent = winner.Syntax.Clauses.Length > 0
            ? CodeActionRequest.IndentationAt(text, winner.Syntax.Clauses[^1].Span.Start)
            : CodeActionRequest.IndentationAt(text, winner.Syntax.Span.Start) + "    ";
        var (lineStart, alone) = AddMissingMatchArmsProvider.InsertionPoint(text, closing);
        var clause = $"overrides {loser.Name} because lex_specialis";
        var (at, newText) = alone
            ? (lineStart, $"{clauseIndent}{clause}\n")
            : (closing, $"\n{clauseIndent}{clause}\n{CodeActionRequest.IndentationAt(text, closing)}");
        var uri = request.Document.Snapshot.UriOf(text.Path);
        return new WorkspaceEdit(new Dictionary<string, List<TextEdit>> { [uri] = [new TextEdit(text.ToRange(new TextSpan(at, 0)), newText)] });
    }
}
