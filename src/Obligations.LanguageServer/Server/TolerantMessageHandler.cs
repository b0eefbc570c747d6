using System.IO.Pipelines;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// The LSP base protocol (Content-Length headers), made tolerant: a message whose body is not valid JSON-RPC
/// is logged and skipped instead of closing the connection, which is what the stock handler does.
/// </summary>
public sealed class TolerantMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter, TextWriter log)
    : HeaderDelimitedMessageHandler(sendingStream, receivingStream, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not ObjectDisposedException && !IsEndOfStream(e))
            {
                lock (log)
                {
                    log.WriteLine($"[obl-lsp warn] skipped a malformed message: {e.GetType().Name}: {e.Message}");
                    log.Flush();
                }
            }
        }
    }

    private static bool IsEndOfStream(Exception e) => e is EndOfStreamException or IOException or InvalidOperationException { Source: "System.IO.Pipelines" };
}
