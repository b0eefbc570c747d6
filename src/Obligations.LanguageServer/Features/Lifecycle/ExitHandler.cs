using System.Text.Json;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Lifecycle;

/// <summary><c>exit</c>: ends the server; the exit code is 0 only after a <c>shutdown</c> request (LSP 3.17).</summary>
public sealed class ExitHandler(ServerServices services) : NotificationHandler<JsonElement?>(services)
{
    public override string Method => "exit";

    protected override void Handle(JsonElement? notification) => Services.Exit(Services.ShutdownRequested ? 0 : 1);
}
