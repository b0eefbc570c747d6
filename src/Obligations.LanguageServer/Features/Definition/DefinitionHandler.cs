using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Definition;

/// <summary>Go to definition: the name of the declaration the name at the cursor refers to, in any file.</summary>
public sealed class DefinitionHandler(ServerServices services) : RequestHandler<TextDocumentPositionParams, List<LspLocation>>(services)
{
    public override string Method => "textDocument/definition";

    protected override List<LspLocation>? Handle(TextDocumentPositionParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        var symbol = document?.GetSemanticModel(cancellationToken).GetSymbolAt(document.OffsetOf(request.Position));
        return symbol is null ? null : [document!.ToLspLocation(symbol.Location)];
    }
}
