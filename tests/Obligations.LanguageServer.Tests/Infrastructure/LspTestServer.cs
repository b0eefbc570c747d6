using System.Collections.Concurrent;
using System.Text.Json;
using Nerdbank.Streams;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using StreamJsonRpc;

namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The server and a StreamJsonRpc client in one process, joined by a full-duplex in-memory stream pair: the
/// same wire format (Content-Length framing, JSON) as over stdio.
/// </summary>
public sealed class LspTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<PublishDiagnosticsParams> _diagnostics = new();
    private readonly SemaphoreSlim _diagnosticsSignal = new(0);
    private readonly StringWriter _log = new();
    private int _codeLensRefreshes;

    private LspTestServer(TestWorkspace workspace)
    {
        Workspace = workspace;
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        ServerStream = serverStream;
        Host = new LanguageServerHost(serverStream, serverStream, TextWriter.Synchronized(_log), TimeSpan.FromMilliseconds(20));
        ServerRun = Host.RunAsync();
        var formatter = new SystemTextJsonFormatter();
        LanguageServerHost.ConfigureSerializer(formatter.JsonSerializerOptions);
        Client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        Register("textDocument/publishDiagnostics", new Action<PublishDiagnosticsParams>(OnDiagnostics));
        Register("window/logMessage", new Action<JsonElement>(_ => { }));
        Register("client/registerCapability", new Func<JsonElement, object?>(_ => null));
        Register("workspace/codeLens/refresh", new Func<JsonElement, object?>(_ => { Interlocked.Increment(ref _codeLensRefreshes); return null; }));
        Client.StartListening();
    }

    private void Register(string method, Delegate handler) =>
        Client.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    public TestWorkspace Workspace { get; }
    public LanguageServerHost Host { get; }
    public Task<int> ServerRun { get; }
    public JsonRpc Client { get; }
    public Stream ServerStream { get; }
    public string Log => _log.ToString();

    /// <summary>How many <c>workspace/codeLens/refresh</c> requests the server sent.</summary>
    public int CodeLensRefreshes => Volatile.Read(ref _codeLensRefreshes);

    /// <summary>Every publishDiagnostics received, in arrival order.</summary>
    public IReadOnlyList<PublishDiagnosticsParams> Published => _diagnostics.ToList();

    public static async Task<LspTestServer> StartAsync(IReadOnlyDictionary<string, string>? files = null, bool analysisEnabled = true, bool codeLensRefresh = false)
    {
        var server = new LspTestServer(new TestWorkspace(files));
        await server.Client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new
        {
            processId = (int?)null,
            rootUri = server.Workspace.RootUri,
            capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true }, codeLens = new { refreshSupport = codeLensRefresh } } },
            initializationOptions = new { analysisEnabled },
            workspaceFolders = new[] { new { uri = server.Workspace.RootUri, name = "test" } },
        });
        await server.Client.NotifyWithParameterObjectAsync("initialized", new { });
        return server;
    }

    public Task<T> RequestAsync<T>(string method, object parameters) => Client.InvokeWithParameterObjectAsync<T>(method, parameters);

    public Task NotifyAsync(string method, object parameters) => Client.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string name, string text, int version = 1)
    {
        var uri = Workspace.UriOf(name);
        await NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "obl", version, text)));
        return uri;
    }

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes.ToList()));

    /// <summary>Waits for a publish for <paramref name="uri"/> that satisfies <paramref name="predicate"/> (among those received so far or later).</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? predicate = null, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var found = _diagnostics.LastOrDefault(p => p.Uri == uri && (predicate?.Invoke(p) ?? true));
            if (found is not null) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"no matching diagnostics for {uri}; received: {string.Join("; ", _diagnostics.Select(d => $"{d.Uri} v{d.Version}: {string.Join(",", d.Diagnostics.Select(x => x.Code))}"))}\nlog:\n{Log}");
            await _diagnosticsSignal.WaitAsync(left);
        }
    }

    /// <summary>Waits until the server's diagnostics work for the latest edit (compiler and analyses) is done.</summary>
    public async Task SettleAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await Host.Services.Diagnostics.Current;
            await Task.Delay(10);
        }
    }

    private void OnDiagnostics(PublishDiagnosticsParams parameters)
    {
        _diagnostics.Enqueue(parameters);
        _diagnosticsSignal.Release();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Task.WhenAny(ServerRun, Task.Delay(5000));
        Host.Dispose();
        Workspace.Dispose();
    }
}
