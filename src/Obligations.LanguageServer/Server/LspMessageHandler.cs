using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// The LSP base protocol under StreamJsonRpc, conformant when the client is not: a body that is not JSON is
/// answered with -32700 (parse error) and JSON that is not a JSON-RPC message with -32600 (invalid request)
/// when its id can be read, else logged; either way the connection stays open and in step (see
/// <see cref="LspFrameReader"/>). The end of the input ends the connection, so the server exits.
/// </summary>
public sealed partial class LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, TextWriter log)
    : IJsonRpcMessageHandler, IDisposable
{
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly LspFrameReader _frames = new(input, message => Warn(log, message));

    public bool CanRead => true;

    public bool CanWrite => true;

    public IJsonRpcMessageFormatter Formatter => formatter;

    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            byte[]? body;
            try
            {
                body = await _frames.ReadFrameAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                return null; // the client went away: the same as the end of the input
            }
            if (body is null) return null;
            try
            {
                return formatter.Deserialize(new ReadOnlySequence<byte>(body));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await AnswerMalformedAsync(body, e, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask WriteAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        formatter.Serialize(body, message);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.WrittenCount}\r\n\r\n");
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task AnswerMalformedAsync(byte[] body, Exception problem, CancellationToken cancellationToken)
    {
        var isJson = IsJson(body);
        var code = isJson ? JsonRpcErrorCode.InvalidRequest : JsonRpcErrorCode.ParseError;
        var reason = isJson ? "the message is JSON but not a JSON-RPC request, response or notification" : "the message is not valid JSON";
        if (FindId(body) is not { } id)
        {
            Warn(log, $"skipped a malformed message ({(int)code}, {reason}; no id to answer): {problem.GetType().Name}: {problem.Message}");
            return;
        }
        Warn(log, $"answered a malformed message with {(int)code} ({reason})");
        var error = new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = code, Message = reason } };
        try
        {
            await WriteAsync(error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Warn(log, "could not answer a malformed message: " + e.Message);
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The request id, read leniently so that a body cut short or otherwise broken can still be answered.</summary>
    private static RequestId? FindId(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024));
        var match = IdPattern().Match(text);
        if (!match.Success) return null;
        if (match.Groups["number"].Success && long.TryParse(match.Groups["number"].Value, out var number)) return new RequestId(number);
        return match.Groups["text"].Success ? new RequestId(match.Groups["text"].Value) : null;
    }

    [GeneratedRegex("\"id\"\\s*:\\s*(?:(?<number>-?[0-9]{1,18})\\b|\"(?<text>[^\"\\\\]{0,200})\")")]
    private static partial Regex IdPattern();

    private static void Warn(TextWriter log, string message)
    {
        lock (log)
        {
            log.WriteLine("[obl-lsp warn] " + message);
            log.Flush();
        }
    }

    public void Dispose()
    {
        _writing.Dispose();
        input.Dispose();
        output.Dispose();
    }
}
