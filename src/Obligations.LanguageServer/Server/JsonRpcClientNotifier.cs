using StreamJsonRpc;

namespace Obligations.LanguageServer.Server;

public sealed class JsonRpcClientNotifier(JsonRpc rpc) : IClientNotifier
{
    public void Notify(string method, object parameters) => _ = NotifyQuietlyAsync(method, parameters);

    private async Task NotifyQuietlyAsync(string method, object parameters)
    {
        try
        {
            await NotifyAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Fire-and-forget messages (logs) must never fault the caller; the connection may be half closed.
        }
    }

    public async Task NotifyAsync(string method, object parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception) when (rpc.IsDisposed || rpc.Completion.IsCompleted)
        {
            // The connection is closing; nothing to deliver to.
        }
    }

    public async Task RequestAsync(string method, object parameters)
    {
        try
        {
            await rpc.InvokeWithParameterObjectAsync<object?>(method, parameters).ConfigureAwait(false);
        }
        catch (Exception) when (rpc.IsDisposed || rpc.Completion.IsCompleted)
        {
        }
    }
}
