using System.Text.Json;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Lifecycle;

/// <summary><c>shutdown</c>: remembered so that the following <c>exit</c> ends the process with code 0.</summary>
public sealed class ShutdownHandler(ServerServices services) : RequestHandler<JsonElement?, object>(services)
{
    public override string Method => "shutdown";

    protected override bool RequiresParams => false;

    protected override object? Handle(JsonElement? request, CancellationToken cancellationToken)
    {
        Services.ShutdownRequested = true;
        return null;
    }
}
