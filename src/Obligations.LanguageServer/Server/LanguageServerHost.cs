using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// One connection: a JSON-RPC peer over header-delimited (Content-Length) messages with System.Text.Json,
/// every handler of <see cref="HandlerRegistry"/> registered on it. Messages are dispatched one at a time in
/// arrival order, so edits and the requests after them never race.
/// </summary>
public sealed class LanguageServerHost : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LanguageServerHost(Stream input, Stream output, TextWriter log, TimeSpan? analysisDelay = null)
    {
        var formatter = new SystemTextJsonFormatter();
        ConfigureSerializer(formatter.JsonSerializerOptions);
        var handler = new LspMessageHandler(output, input, formatter, log);
        _rpc = new JsonRpc(handler)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            TraceSource = new TraceSource("obl-lsp", SourceLevels.Warning),
        };
        _rpc.TraceSource.Listeners.Clear();
        _rpc.TraceSource.Listeners.Add(new TextWriterTraceListener(log));
        var logger = new ServerLogger(log);
        var client = new JsonRpcClientNotifier(_rpc);
        logger.Client = client;
        Services = new ServerServices(logger, client, analysisDelay ?? TimeSpan.FromMilliseconds(200))
        {
            Exit = code => _exit.TrySetResult(code),
        };
        foreach (var lspHandler in HandlerRegistry.Create(Services)) lspHandler.Register(_rpc);
        _rpc.Disconnected += (_, e) =>
        {
            logger.Info($"connection closed: {e.Reason} {e.Description}");
            _exit.TrySetResult(Services.ShutdownRequested ? 0 : 1);
        };
    }

    public ServerServices Services { get; }

    /// <summary>Starts reading; the task ends with the process exit code (0 after shutdown + exit, 1 otherwise).</summary>
    public Task<int> RunAsync()
    {
        _rpc.StartListening();
        return _exit.Task;
    }

    public static void ConfigureSerializer(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = true;
    }

    public void Dispose() => _rpc.Dispose();
}
