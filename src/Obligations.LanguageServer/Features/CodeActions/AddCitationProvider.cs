using Obligations.LanguageServer.Protocol;
using Obligations.Syntax;
using Obligations.Text;
using Obligations.Diagnostics;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>
/// Adds a <c>source "…"</c> placeholder to a declaration without one: as a quick fix for the analyses'
/// missing-citation diagnostic, and as a refactoring on any declaration at the cursor.
/// </summary>
public sealed class AddCitationProvider : ICodeActionProvider
{
    private const string Placeholder = " source \"TODO: cite the legal source\"";

    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        var root = request.Document.Tree.Root;
        var offered = new HashSet<DeclarationSyntax>();
        foreach (var diagnostic in request.Diagnostics.Where(IsMissingCitation))
        {
            var offset = request.OffsetOf(diagnostic);
            var declaration = root.Declarations.FirstOrDefault(d => d.Span.ContainsOrTouches(offset));
            if (declaration is null || declaration.Citation is not null || !offered.Add(declaration)) continue;
            if (Edit(request, declaration, diagnostic, CodeActionKinds.QuickFix) is { } action) yield return action;
        }
        var atCursor = root.Declarations.FirstOrDefault(d => d.Span.ContainsOrTouches(request.Span.Start));
        if (atCursor is { Citation: null, Name.IsMissing: false } && !offered.Contains(atCursor)
            && Edit(request, atCursor, null, CodeActionKinds.RefactorRewrite) is { } refactoring)
            yield return refactoring;
    }

    /// <summary>The analyses' OBL3009 "No source citation" (informational).</summary>
    private static bool IsMissingCitation(LspDiagnostic diagnostic) => diagnostic.Code == DiagnosticDescriptors.MissingCitation.Id;

    private static CodeAction? Edit(CodeActionRequest request, DeclarationSyntax declaration, LspDiagnostic? diagnostic, string kind)
    {
        var at = InsertionPoint(request.Document.Tree, declaration);
        if (at is null) return null;
        return CodeActionRequest.Action($"Add a source citation to '{declaration.Name.Text}'", kind, request.Document.Uri, request.Document.Text,
            new TextSpan(at.Value, 0), Placeholder, diagnostic, preferred: diagnostic is not null);
    }

    /// <summary>Where the grammar puts the citation: after the name and whatever the declaration's header has before it.</summary>
    private static int? InsertionPoint(SyntaxTree tree, DeclarationSyntax declaration)
    {
        var afterName = declaration.Name.Span.End;
        int? FollowingToken(Func<SyntaxToken, bool> predicate)
        {
            var next = tree.Tokens.FirstOrDefault(t => t.Span.Start >= afterName && t.Kind is not SyntaxTokenKind.Comment and not SyntaxTokenKind.DocComment);
            return next.Span.Length > 0 && predicate(next) ? next.Span.End : null;
        }
        return declaration switch
        {
            EnumDeclarationSyntax { IsOrdered: true } => FollowingToken(t => t.Text == "ordered"),
            PartyDeclarationSyntax { Description: not null } or MeasureDeclarationSyntax { Description: not null } => FollowingToken(t => t.Kind == SyntaxTokenKind.Text),
            FactDeclarationSyntax fact => fact.Type.Span.Length > 0 ? fact.Type.Span.End : null,
            DefineDeclarationSyntax { Type: { } type } => type.Span.End,
            _ => afterName,
        };
    }
}
