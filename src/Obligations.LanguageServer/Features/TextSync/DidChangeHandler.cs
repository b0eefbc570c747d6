using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.TextSync;

/// <summary>Incremental edits: re-parses the one file and swaps its tree into the compilation.</summary>
public sealed class DidChangeHandler(ServerServices services) : NotificationHandler<DidChangeTextDocumentParams>(services)
{
    public override string Method => "textDocument/didChange";

    protected override void Handle(DidChangeTextDocumentParams? notification)
    {
        if (notification?.TextDocument is null || notification.ContentChanges is null) return;
        if (!Services.Workspace.Change(notification.TextDocument, notification.ContentChanges))
            Services.Logger.Warn($"didChange for a document that is not open: {notification.TextDocument.Uri}");
    }
}
