using Obligations.Formatting;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.Formatting;

/// <summary>Document formatting with the compiler's formatter: one edit replacing the text, or none.</summary>
public sealed class DocumentFormattingHandler(ServerServices services) : RequestHandler<DocumentFormattingParams, List<TextEdit>>(services)
{
    public override string Method => "textDocument/formatting";

    protected override List<TextEdit>? Handle(DocumentFormattingParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        if (!SyntaxFormatter.TryFormat(document.Tree, out var formatted))
        {
            Services.Logger.Info($"not formatting {document.Uri}: it has syntax errors");
            return [];
        }
        if (formatted == document.Text.Text) return [];
        return [new TextEdit(document.Text.ToRange(new TextSpan(0, document.Text.Length)), formatted)];
    }
}
