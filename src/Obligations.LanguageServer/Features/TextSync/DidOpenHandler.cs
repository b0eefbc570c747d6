using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.TextSync;

public sealed class DidOpenHandler(ServerServices services) : NotificationHandler<DidOpenTextDocumentParams>(services)
{
    public override string Method => "textDocument/didOpen";

    protected override void Handle(DidOpenTextDocumentParams? notification)
    {
        if (notification?.TextDocument is { } item) Services.Workspace.Open(item);
    }
}
