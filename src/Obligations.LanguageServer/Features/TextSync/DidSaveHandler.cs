using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.TextSync;

/// <summary>Saving changes nothing: the open document's text is already the saved text.</summary>
public sealed class DidSaveHandler(ServerServices services) : NotificationHandler<DidSaveTextDocumentParams>(services)
{
    public override string Method => "textDocument/didSave";

    protected override void Handle(DidSaveTextDocumentParams? notification)
    {
    }
}
