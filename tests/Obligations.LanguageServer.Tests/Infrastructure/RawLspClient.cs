using System.Text;
using System.Text.Json;
using Nerdbank.Streams;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>A client that writes bytes, not messages, to an in-process server: for frames a real client would never send.</summary>
public sealed class RawLspClient : IDisposable
{
    private readonly Stream _client;
    private readonly StringWriter _log = new();
    private readonly List<byte> _pending = [];

    public RawLspClient()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        _client = client;
        Host = new LanguageServerHost(server, server, TextWriter.Synchronized(_log), TimeSpan.FromMilliseconds(20));
        Run = Host.RunAsync();
    }

    public LanguageServerHost Host { get; }
    public Task<int> Run { get; }
    public string Log => _log.ToString();

    public Task SendRawAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _client.WriteAsync(bytes);
        await _client.FlushAsync();
    }

    /// <summary>A well-formed frame around <paramref name="body"/>.</summary>
    public Task SendAsync(string body) => SendRawAsync($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    public Task RequestAsync(int id, string method, string parameters = "{}") =>
        SendAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{parameters}}}""");

    public Task InitializeAsync(int id = 1) => RequestAsync(id, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}""");

    /// <summary>Ends the input, as a client closing stdin does.</summary>
    public void CloseInput() => _client.Dispose();

    /// <summary>Reads messages until the response to <paramref name="id"/> (server notifications are passed over).</summary>
    public async Task<JsonElement> ResponseAsync(int id, int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            var message = await ReadMessageAsync(timeout.Token);
            if (message.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id
                && !message.TryGetProperty("method", out _))
                return message;
        }
    }

    private async Task<JsonElement> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var headerEnd = await FindAsync("\r\n\r\n"u8.ToArray(), cancellationToken);
        var header = Encoding.ASCII.GetString(_pending.GetRange(0, headerEnd).ToArray());
        _pending.RemoveRange(0, headerEnd + 4);
        var length = int.Parse(header.Split(':')[1].Trim());
        while (_pending.Count < length) await FillAsync(cancellationToken);
        var body = _pending.GetRange(0, length).ToArray();
        _pending.RemoveRange(0, length);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> FindAsync(byte[] pattern, CancellationToken cancellationToken)
    {
        while (true)
        {
            for (var i = 0; i + pattern.Length <= _pending.Count; i++)
                if (pattern.Select((b, j) => _pending[i + j] == b).All(x => x)) return i;
            await FillAsync(cancellationToken);
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        var read = await _client.ReadAsync(buffer, cancellationToken);
        if (read == 0) throw new EndOfStreamException("the server closed its output");
        _pending.AddRange(buffer.AsSpan(0, read).ToArray());
    }

    public void Dispose()
    {
        _client.Dispose();
        Host.Dispose();
    }
}
