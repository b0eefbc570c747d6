using StreamJsonRpc;

namespace Obligations.LanguageServer.Server;

/// <summary>One LSP request or notification, registered on the connection by <see cref="HandlerRegistry"/>.</summary>
public interface ILspHandler
{
    string Method { get; }

    void Register(JsonRpc rpc);
}
