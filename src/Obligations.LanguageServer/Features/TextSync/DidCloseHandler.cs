using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.TextSync;

public sealed class DidCloseHandler(ServerServices services) : NotificationHandler<DidCloseTextDocumentParams>(services)
{
    public override string Method => "textDocument/didClose";

    protected override void Handle(DidCloseTextDocumentParams? notification)
    {
        if (notification?.TextDocument is { } document) Services.Workspace.Close(document.Uri);
    }
}
