using Obligations.Binding;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Syntax;
using Obligations.Text;
using Obligations.Diagnostics;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>
/// For a match that does not cover every member (OBL2006): add an arm per missing member, or an else arm.
/// The new arms repeat the last arm's value, and the title says so: the author must review them.
/// </summary>
public sealed class AddMissingMatchArmsProvider : ICodeActionProvider
{
    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        foreach (var diagnostic in request.WithCode(c => c == DiagnosticDescriptors.NonExhaustiveMatch.Id))
        {
            var offset = request.OffsetOf(diagnostic);
            var match = request.Document.Tree.Root.FindPath(offset).OfType<MatchExpressionSyntax>().LastOrDefault();
            if (match is null || request.Model.GetBoundExpression(match) is not BoundMatch { Subject.Type: EnumType subject } bound) continue;
            var covered = bound.Arms.SelectMany(a => a.Values).OfType<BoundEnumMember>().Select(m => m.Member).ToHashSet();
            var missing = subject.Symbol.Members.Where(m => !covered.Contains(m)).ToList();
            var lastArm = match.Arms.LastOrDefault();
            if (missing.Count == 0 || lastArm is null) continue;
            var text = request.Document.Text;
            var closing = match.Span.End - 1;
            if (closing < 0 || closing >= text.Length || text.Text[closing] != '}') continue;
            var indent = CodeActionRequest.IndentationAt(text, lastArm.Span.Start);
            var value = text.ToString(lastArm.Value.Span);
            var separator = text.Text.AsSpan(lastArm.Span.End, closing - lastArm.Span.End).TrimStart().StartsWith(",") || text.ToString(lastArm.Span).EndsWith(',') ? "," : "";
            var (insertAt, alone) = InsertionPoint(text, closing);
            string Lines(IEnumerable<string> arms) =>
                (alone ? "" : "\n") + string.Concat(arms.Select(a => $"{indent}{a} => {value}{separator}\n"))
                + (alone ? "" : CodeActionRequest.IndentationAt(text, closing));
            var names = string.Join(", ", missing.Select(m => m.Name));
            var at = new TextSpan(insertAt, 0);
            yield return CodeActionRequest.Action($"Add arms for {names} (copying the last arm's value: review them)", CodeActionKinds.QuickFix,
                request.Document.Uri, text, at, Lines(missing.Select(m => m.Name)), diagnostic, preferred: true);
            yield return CodeActionRequest.Action("Add an 'else' arm (copying the last arm's value: review it)", CodeActionKinds.QuickFix,
                request.Document.Uri, text, at, Lines(["else"]), diagnostic);
        }
    }

    /// <summary>At the start of the closing brace's line when it stands alone there; otherwise just before it, on a new line.</summary>
    public static (int Offset, bool Alone) InsertionPoint(SourceText text, int closing)
    {
        var lineStart = closing;
        while (lineStart > 0 && text.Text[lineStart - 1] is ' ' or '\t') lineStart--;
        var alone = lineStart == 0 || text.Text[lineStart - 1] is '\n' or '\r';
        return alone ? (lineStart, true) : (closing, false);
    }
}
