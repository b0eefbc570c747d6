using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.WorkspaceFiles;

/// <summary>Settings pushed by the client (<c>obligations.analysisEnabled</c>); diagnostics are recomputed.</summary>
public sealed class DidChangeConfigurationHandler(ServerServices services) : NotificationHandler<DidChangeConfigurationParams>(services)
{
    public override string Method => "workspace/didChangeConfiguration";

    protected override void Handle(DidChangeConfigurationParams? notification)
    {
        var before = Services.Settings.AnalysisEnabled;
        Services.Settings.Apply(notification?.Settings);
        if (before != Services.Settings.AnalysisEnabled) Services.Workspace.Touch();
    }
}
