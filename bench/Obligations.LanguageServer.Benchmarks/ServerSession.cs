using System.Threading.Channels;
using Nerdbank.Streams;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using StreamJsonRpc;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>An in-process server and client over a full-duplex stream, with one document open.</summary>
public sealed class ServerSession : IAsyncDisposable
{
    private readonly Channel<PublishDiagnosticsParams> _published = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private readonly LanguageServerHost _host;
    private readonly JsonRpc _client;
    private int _version = 1;
    private bool _inserted;

    private ServerSession(bool analysisEnabled, TimeSpan analysisDelay)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _host = new LanguageServerHost(serverStream, serverStream, TextWriter.Null, analysisDelay);
        _host.Services.Settings.AnalysisEnabled = analysisEnabled;
        _ = _host.RunAsync();
        var formatter = new SystemTextJsonFormatter();
        LanguageServerHost.ConfigureSerializer(formatter.JsonSerializerOptions);
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        var onPublish = new Action<PublishDiagnosticsParams>(p => _published.Writer.TryWrite(p));
        _client.AddLocalRpcMethod(onPublish.Method, onPublish.Target,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        _client.StartListening();
    }

    public string Uri { get; private set; } = "file:///bench/generated.obl";

    /// <summary>Opens <paramref name="text"/>; with a <paramref name="folder"/>, as that folder's file among its siblings.</summary>
    public static async Task<ServerSession> StartAsync(string text, bool analysisEnabled, TimeSpan? analysisDelay = null, string? folder = null)
    {
        var session = new ServerSession(analysisEnabled, analysisDelay ?? TimeSpan.FromMilliseconds(200));
        var rootUri = folder is null ? null : new System.Uri(folder).AbsoluteUri;
        await session._client.InvokeWithParameterObjectAsync<object>("initialize", new { processId = (int?)null, rootUri, capabilities = new { } });
        if (folder is not null)
        {
            var file = ExampleFiles.All.First(f => Path.GetDirectoryName(f) == folder && File.ReadAllText(f) == text);
            session.Uri = new System.Uri(file).AbsoluteUri;
        }
        await session._client.NotifyWithParameterObjectAsync("initialized", new { });
        await session._client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new DidOpenTextDocumentParams(new TextDocumentItem(session.Uri, "obl", 1, text)));
        await session.WaitForVersionAsync(1, analysed: false);
        return session;
    }

    /// <summary>One keystroke (type a character at the top, or delete it again), then the first publish for it.</summary>
    public async Task TypeAsync(bool waitForAnalyses = false)
    {
        var version = ++_version;
        var at = new Position(0, 0);
        var change = _inserted
            ? new TextDocumentContentChangeEvent(new Protocol.Range(at, new Position(0, 1)), "")
            : new TextDocumentContentChangeEvent(new Protocol.Range(at, at), " ");
        _inserted = !_inserted;
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, version), [change]));
        await WaitForVersionAsync(version, waitForAnalyses);
    }

    public Task<Hover?> HoverAsync(int line, int character) =>
        _client.InvokeWithParameterObjectAsync<Hover?>("textDocument/hover",
            new { textDocument = new { uri = Uri }, position = new Position(line, character) });

    public Task<CompletionList> CompleteAsync(int line, int character) =>
        _client.InvokeWithParameterObjectAsync<CompletionList>("textDocument/completion",
            new { textDocument = new { uri = Uri }, position = new Position(line, character) });

    private async Task WaitForVersionAsync(int version, bool analysed)
    {
        var seen = 0;
        while (true)
        {
            var published = await _published.Reader.ReadAsync();
            if (published.Uri != Uri || published.Version != version) continue;
            if (!analysed || ++seen == 2) return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Task.Delay(10);
        _host.Dispose();
    }
}
