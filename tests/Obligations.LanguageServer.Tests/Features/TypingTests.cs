using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>
/// Types each example into an empty document, one didChange per step, asking for completion, hover and symbols
/// along the way: every prefix of the smallest example, and every 7th prefix of the others (every prefix of
/// every file takes minutes). Every request must be answered and no handler may log an error.
/// </summary>
public sealed class TypingTests
{
    public static TheoryData<string> Examples => new(RepoPaths.ExampleFiles.Select(f => Path.GetRelativePath(RepoPaths.Examples, f)));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Typing_an_example_prefix_by_prefix_never_breaks_the_server(string example)
    {
        var path = Path.Combine(RepoPaths.Examples, example);
        var folder = Path.GetDirectoryName(path)!;
        var others = Directory.GetFiles(folder, "*.obl").Where(f => f != path).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var smallest = RepoPaths.ExampleFiles.OrderBy(f => new FileInfo(f).Length).First() == path;
        var step = smallest ? 1 : 7;
        await using var server = await LspTestServer.StartAsync(others);
        var uri = await server.OpenAsync(Path.GetFileName(path), "");
        var typed = 0;
        var version = 1;
        var requests = new List<Task>();
        while (typed < text.Length)
        {
            var next = Math.Min(text.Length, typed + step);
            var start = Position(text, typed);
            await server.ChangeAsync(uri, ++version, new TextDocumentContentChangeEvent(new Protocol.Range(start, start), text[typed..next]));
            typed = next;
            var cursor = Position(text, typed);
            var at = new { textDocument = new { uri }, position = cursor };
            if (version % 3 == 0) requests.Add(server.RequestAsync<CompletionList?>("textDocument/completion", at));
            if (version % 5 == 0) requests.Add(server.RequestAsync<Hover?>("textDocument/hover", at));
            if (version % 11 == 0) requests.Add(server.RequestAsync<Protocol.SemanticTokens?>("textDocument/semanticTokens/full", new { textDocument = new { uri } }));
            if (version % 13 == 0) requests.Add(server.RequestAsync<List<DocumentSymbol>?>("textDocument/documentSymbol", new { textDocument = new { uri } }));
            if (requests.Count > 50) { await Task.WhenAll(requests); requests.Clear(); }
        }
        await Task.WhenAll(requests);
        var final = await server.WaitForDiagnosticsAsync(uri, p => p.Version == version, timeoutMs: 30_000);
        Assert.DoesNotContain(final.Diagnostics, d => d.Severity == LspDiagnosticSeverity.Error);
        Assert.False(server.ServerRun.IsCompleted);
        Assert.DoesNotContain("failed", server.Log);
    }

    private static Position Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return new Position(line, offset - lineStart);
    }
}
