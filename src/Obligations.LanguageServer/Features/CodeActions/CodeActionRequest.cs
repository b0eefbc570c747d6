using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.LanguageServer.Workspace;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>What a provider gets: the document, the selected span, the diagnostics the client sent, and edit helpers.</summary>
public sealed class CodeActionRequest(DocumentContext document, TextSpan span, IReadOnlyList<LspDiagnostic> diagnostics, CancellationToken cancellationToken)
{
    public DocumentContext Document => document;
    public TextSpan Span => span;
    public IReadOnlyList<LspDiagnostic> Diagnostics => diagnostics;
    public CancellationToken CancellationToken => cancellationToken;
    public SemanticModel Model => document.GetSemanticModel(cancellationToken);

    public IEnumerable<LspDiagnostic> WithCode(Func<string, bool> predicate) => diagnostics.Where(d => d.Code is { } code && predicate(code));

    public int OffsetOf(LspDiagnostic diagnostic) => document.OffsetOf(diagnostic.Range.Start);

    /// <summary>The leading whitespace of the line that holds <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static string IndentationAt(SourceText text, int offset)
    {
        var line = text.GetLineText(text.GetLinePosition(offset).Line);
        return line[..(line.Length - line.TrimStart().Length)];
    }

    public static CodeAction Action(string title, string kind, string uri, SourceText text, TextSpan span, string newText, LspDiagnostic? diagnostic, bool preferred = false) => new()
    {
        Title = title,
        Kind = kind,
        Diagnostics = diagnostic is null ? null : [diagnostic],
        IsPreferred = preferred ? true : null,
        Edit = new WorkspaceEdit(new Dictionary<string, List<TextEdit>> { [uri] = [new TextEdit(text.ToRange(span), newText)] }),
    };
}
