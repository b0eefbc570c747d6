using System.Text;
using System.Text.Json;
using Nerdbank.Streams;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>The server keeps answering whatever it is sent; no handler error is logged.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task Malformed_messages_are_skipped_and_the_server_keeps_answering()
    {
        var (client, serverStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        using var host = new LanguageServerHost(serverStream, serverStream, TextWriter.Synchronized(log));
        var run = host.RunAsync();
        async Task SendAsync(string body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await client.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
            await client.WriteAsync(bytes);
            await client.FlushAsync();
        }
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        await SendAsync("{ this is not json");
        await SendAsync("[1, 2, 3]");
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":42}");
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\"}}");
        var reader = new StreamReader(client, Encoding.UTF8);
        var responses = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!responses.Any(r => r.Contains("\"id\":8", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            var header = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var length = int.Parse(header!.Split(':')[1].Trim());
            await reader.ReadLineAsync();
            var buffer = new char[length];
            await reader.ReadBlockAsync(buffer, 0, length);
            responses.Add(new string(buffer));
        }
        Assert.Contains(responses, r => r.Contains("\"id\":8", StringComparison.Ordinal) && r.Contains("\"result\":[]", StringComparison.Ordinal));
        Assert.False(run.IsCompleted);
        Assert.Contains("skipped a malformed message", log.ToString());
    }

    [Fact]
    public async Task Unknown_methods_get_method_not_found_and_the_server_keeps_running()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => server.RequestAsync<JsonElement>("obl/noSuchMethod", new { }));
        Assert.Equal(JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
        await server.NotifyAsync("$/noSuchNotification", new { });
        var symbols = await server.RequestAsync<List<SymbolInformation>>("workspace/symbol", new { query = "incident" });
        Assert.NotEmpty(symbols);
    }

    [Fact]
    public async Task Requests_for_unopened_or_deleted_documents_answer_null()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var nowhere = server.Workspace.UriOf("nowhere.obl");
        var position = new Position(0, 0);
        Assert.Null(await server.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = nowhere }, position }));
        Assert.Null(await server.RequestAsync<List<DocumentSymbol>?>("textDocument/documentSymbol", new { textDocument = new { uri = nowhere } }));
        Assert.Null(await server.RequestAsync<CompletionList?>("textDocument/completion", new { textDocument = new { uri = nowhere }, position }));
        await server.ChangeAsync(nowhere, 3, new TextDocumentContentChangeEvent(null, "fact x: bool"));
        var temp = server.Workspace.Write("temp.obl", "fact temp_fact: bool\n");
        await server.OpenAsync("temp.obl", "fact temp_fact: bool\n");
        File.Delete(server.Workspace.PathOf("temp.obl"));
        await server.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = temp } });
        Assert.Null(await server.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = temp }, position = new Position(0, 6) }));
        // Position far outside the text is clamped, not an error.
        var rules = server.Workspace.UriOf("rules.obl");
        await server.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = rules }, position = new Position(9999, 9999) });
        Assert.DoesNotContain("failed", server.Log);
    }

    [Fact]
    public async Task A_five_megabyte_file_is_handled()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var builder = new StringBuilder("import facts\n");
        for (var i = 0; builder.Length < 5 * 1024 * 1024; i++)
            builder.Append($"/// Trigger number {i}.\ntrigger t{i} source \"Finding {i}\" when incident.severity >= medium and incident.phase in {{ongoing, imminent}}\n");
        var uri = await server.OpenAsync("big.obl", builder.ToString());
        var published = await server.WaitForDiagnosticsAsync(uri, timeoutMs: 60_000);
        Assert.DoesNotContain(published.Diagnostics, d => d.Severity == LspDiagnosticSeverity.Error);
        var hover = await server.RequestAsync<Hover>("textDocument/hover", new { textDocument = new { uri }, position = new Position(2, 9) });
        Assert.Contains("trigger t0", hover.Contents.Value);
        await server.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Protocol.Range(new Position(1, 0), new Position(1, 0)), "x"));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2, timeoutMs: 60_000);
        Assert.DoesNotContain("failed", server.Log);
    }
}
