using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.WorkspaceFiles;

public sealed class DidChangeWorkspaceFoldersHandler(ServerServices services) : NotificationHandler<DidChangeWorkspaceFoldersParams>(services)
{
    public override string Method => "workspace/didChangeWorkspaceFolders";

    protected override void Handle(DidChangeWorkspaceFoldersParams? notification)
    {
        foreach (var removed in notification?.Event?.Removed ?? []) Services.Workspace.RemoveFolder(removed.Uri);
        foreach (var added in notification?.Event?.Added ?? []) Services.Workspace.AddFolder(added.Uri);
    }
}
