using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using StreamJsonRpc;

namespace Obligations.LanguageServer.Features.Rename;

/// <summary>Rename: the declaration and every reference, in every file of the workspace.</summary>
public sealed class RenameHandler(ServerServices services) : RequestHandler<RenameParams, WorkspaceEdit>(services)
{
    /// <summary>LSP's RequestFailed: the client shows the message to the user.</summary>
    private const int RequestFailed = -32803;

    public override string Method => "textDocument/rename";

    protected override WorkspaceEdit? Handle(RenameParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var model = document.GetSemanticModel(cancellationToken);
        var symbol = model.GetSymbolAt(document.OffsetOf(request.Position));
        if (symbol is null) return null;
        if (!LanguageFacts.IsValidIdentifier(request.NewName))
            throw new LocalRpcException($"'{request.NewName}' is not a valid name (letters, digits and _; not a keyword)") { ErrorCode = RequestFailed };
        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var (location, _) in model.FindReferences(symbol))
        {
            var lsp = document.ToLspLocation(location);
            if (!changes.TryGetValue(lsp.Uri, out var edits)) changes[lsp.Uri] = edits = [];
            edits.Add(new TextEdit(lsp.Range, request.NewName));
        }
        return new WorkspaceEdit(changes);
    }
}
