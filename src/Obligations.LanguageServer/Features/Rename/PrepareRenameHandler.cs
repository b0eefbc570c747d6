using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Rename;

/// <summary>prepareRename: the name under the cursor, when it names a declared symbol; null (no rename) elsewhere.</summary>
public sealed class PrepareRenameHandler(ServerServices services) : RequestHandler<TextDocumentPositionParams, PrepareRenameResult>(services)
{
    public override string Method => "textDocument/prepareRename";

    protected override PrepareRenameResult? Handle(TextDocumentPositionParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var offset = document.OffsetOf(request.Position);
        var name = document.GetSemanticModel(cancellationToken).GetNames().FirstOrDefault(n => n.Span.ContainsOrTouches(offset));
        return name.Symbol is null ? null : new PrepareRenameResult(document.Text.ToRange(name.Span), name.Symbol.Name);
    }
}
