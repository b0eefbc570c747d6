using System.Text.Json;
using Obligations.LanguageServer.Features.SemanticTokens;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class SemanticTokensTests
{
    [Fact]
    public async Task Tokens_are_classified_by_lexer_and_by_symbol()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\n/// doc\ntrigger t when incident.severity >= medium // note\n";
        var uri = await server.OpenAsync("s.obl", text);
        var tokens = await server.RequestAsync<Protocol.SemanticTokens>("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        var decoded = Decode(tokens.Data, text);
        string TypeOf(string word) => SemanticTokenLegend.Legend.TokenTypes[decoded.First(d => d.Text == word).Type];
        Assert.Equal("keyword", TypeOf("trigger"));
        Assert.Equal("event", TypeOf("t"));
        Assert.Equal("parameter", TypeOf("incident"));
        Assert.Equal("property", TypeOf("severity"));
        Assert.Equal("enumMember", TypeOf("medium"));
        Assert.Equal("operator", TypeOf(">="));
        Assert.Equal("comment", TypeOf("// note"));
        Assert.Equal("comment", TypeOf("/// doc"));
        Assert.True((decoded.First(d => d.Text == "t").Modifiers & SemanticTokenLegend.DeclarationModifier) != 0);
    }

    [Fact]
    public async Task Multi_line_comments_are_split_per_line()
    {
        await using var server = await LspTestServer.StartAsync();
        var text = "/* one\n   two */\nfact x: bool\n";
        var uri = await server.OpenAsync("m.obl", text);
        var tokens = await server.RequestAsync<Protocol.SemanticTokens>("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        var decoded = Decode(tokens.Data, text);
        Assert.Equal(["/* one", "   two */", "fact", "x", "bool"], decoded.Select(d => d.Text));
    }

    [Fact]
    public async Task A_range_gets_the_tokens_of_the_full_file_that_overlap_it()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\n/// doc\ntrigger t when incident.severity >= medium // note\nfact x: bool\n";
        var uri = await server.OpenAsync("r.obl", text);
        var full = Decode((await server.RequestAsync<Protocol.SemanticTokens>("textDocument/semanticTokens/full", new { textDocument = new { uri } })).Data, text);
        var range = new { start = new { line = 2, character = 10 }, end = new { line = 3, character = 4 } };
        var part = Decode((await server.RequestAsync<Protocol.SemanticTokens>("textDocument/semanticTokens/range", new { textDocument = new { uri }, range })).Data, text);
        Assert.Equal("when", part[0].Text);
        Assert.Equal("fact", part[^1].Text);
        Assert.Contains(part, d => d.Text == "// note");
        Assert.Equal(full.SkipWhile(d => d.Text != "when").Take(part.Count), part);
    }

    private static List<(string Text, int Type, int Modifiers)> Decode(List<int> data, string text)
    {
        var lines = text.Split('\n');
        var result = new List<(string, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            if (data[i] > 0) character = 0;
            line += data[i];
            character += data[i + 1];
            result.Add((lines[line].Substring(character, data[i + 2]), data[i + 3], data[i + 4]));
        }
        return result;
    }
}
