using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.WorkspaceFiles;

/// <summary>.obl files created, changed or deleted on disk (outside the editor) join or leave the compilation.</summary>
public sealed class DidChangeWatchedFilesHandler(ServerServices services) : NotificationHandler<DidChangeWatchedFilesParams>(services)
{
    public override string Method => "workspace/didChangeWatchedFiles";

    protected override void Handle(DidChangeWatchedFilesParams? notification)
    {
        foreach (var change in notification?.Changes ?? []) Services.Workspace.FileChanged(change);
    }
}
