using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.References;

/// <summary>Find references: every use of the symbol at the cursor across the workspace (and its declaration if asked).</summary>
public sealed class ReferencesHandler(ServerServices services) : RequestHandler<ReferenceParams, List<LspLocation>>(services)
{
    public override string Method => "textDocument/references";

    protected override List<LspLocation>? Handle(ReferenceParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var model = document.GetSemanticModel(cancellationToken);
        var symbol = model.GetSymbolAt(document.OffsetOf(request.Position));
        if (symbol is null) return [];
        var includeDeclaration = request.Context?.IncludeDeclaration ?? true;
        return model.FindReferences(symbol)
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => document.ToLspLocation(r.Location))
            .ToList();
    }
}
