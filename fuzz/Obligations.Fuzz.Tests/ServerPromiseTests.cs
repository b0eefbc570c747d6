using System.Text.Json;
using CsCheck;
using Nerdbank.Streams;
using Obligations.LanguageServer.Server;
using StreamJsonRpc;

namespace Obligations.Fuzz.Tests;

/// <summary>
/// The language server's promise under a random editing session on an example file: every request is answered,
/// no handler fails, and the server is still running at the end.
/// </summary>
public sealed class ServerPromiseTests
{
    private static readonly string[] s_requests = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/formatting", "textDocument/codeAction"];

    [Fact]
    public void Random_editing_sessions_never_break_the_server()
    {
        var gen = Gen.Select(Gen.Int[0, ExampleSets.Files.Length - 1], RuleMutations.EditsGen.Array[1, 4], Gen.Int[0, 1_000_000].Array[3]);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        gen.Sample(input => { FuzzSettings.Count("server-session"); RunSession(input.Item1, input.Item2, input.Item3); },
            iter: FuzzSettings.Iterations(12), time: FuzzSettings.Seconds, seed: FuzzSettings.Seed,
            print: input => $"file {input.Item1}: {string.Join(" | ", input.Item2.Select(step => string.Join("; ", step)))}");
        FuzzSettings.Report("server-session", clock.Elapsed);
    }

    private static void RunSession(int fileIndex, RuleMutations.Edit[][] steps, int[] positions) =>
        RunSessionAsync(fileIndex, steps, positions).GetAwaiter().GetResult();

    private static async Task RunSessionAsync(int fileIndex, RuleMutations.Edit[][] steps, int[] positions)
    {
        var (set, file) = ExampleSets.Files[fileIndex];
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        using var host = new LanguageServerHost(serverStream, serverStream, TextWriter.Synchronized(log), TimeSpan.FromMilliseconds(10));
        var run = host.RunAsync();
        var formatter = new SystemTextJsonFormatter();
        LanguageServerHost.ConfigureSerializer(formatter.JsonSerializerOptions);
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        client.AddLocalRpcMethod("textDocument/publishDiagnostics", new Action<JsonElement>(_ => { }));
        client.AddLocalRpcMethod("window/logMessage", new Action<JsonElement>(_ => { }));
        client.StartListening();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } }, timeout.Token);
        await client.NotifyWithParameterObjectAsync("initialized", new { });
        var uri = "file:///fuzz/" + set.Files[file].Path;
        var text = set.Files[file].Text;
        await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "obl", version = 1, text } });
        var version = 1;
        foreach (var step in steps)
        {
            text = RuleMutations.Apply(text, step);
            await client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version = ++version }, contentChanges = new[] { new { text } } });
            foreach (var (method, at) in s_requests.Zip(positions.Concat(positions).Concat(positions)))
            {
                var lines = text.Split('\n');
                var line = at % lines.Length;
                var position = new { line, character = at % (lines[line].Length + 1) };
                var textDocument = new { uri };
                object parameters = method switch
                {
                    "textDocument/references" => new { textDocument, position, context = new { includeDeclaration = true } },
                    "textDocument/formatting" => new { textDocument, options = new { tabSize = 4, insertSpaces = true } },
                    "textDocument/codeAction" => new { textDocument, range = new { start = position, end = position }, context = new { diagnostics = Array.Empty<object>() } },
                    "textDocument/documentSymbol" or "textDocument/semanticTokens/full" => new { textDocument },
                    _ => new { textDocument, position },
                };
                await client.InvokeWithParameterObjectAsync<JsonElement?>(method, parameters, timeout.Token);
            }
        }
        await client.InvokeWithParameterObjectAsync<JsonElement>("workspace/symbol", new { query = "" }, timeout.Token);
        Assert.False(run.IsCompleted, "the server stopped");
        Assert.DoesNotContain(" failed: ", log.ToString());
    }
}
