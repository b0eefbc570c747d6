using System.Text.Json;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Lifecycle;

/// <summary><c>initialized</c>: asks the client to watch .obl files when it can register watchers at run time.</summary>
public sealed class InitializedHandler(ServerServices services) : NotificationHandler<JsonElement?>(services)
{
    public override string Method => "initialized";

    protected override void Handle(JsonElement? notification)
    {
        Services.Logger.Info("initialized");
        if (!Services.ClientSupportsWatcherRegistration) return;
        var options = new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.obl")]);
        var registration = new Registration("obl-watch", "workspace/didChangeWatchedFiles", options);
        _ = RegisterAsync(new RegistrationParams([registration]));
    }

    private async Task RegisterAsync(RegistrationParams registration)
    {
        try
        {
            await Services.Client.RequestAsync("client/registerCapability", registration).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Services.Logger.Warn($"file watcher registration failed: {e.Message}");
        }
    }
}
