using Obligations.Formatting;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class FormattingTests
{
    private const string Messy = """
        // header comment
        module   messy
        enum Level ordered {low,mid ,  high}
        record R {
        a : bool
          b:Level   source "x"
        }
        fact r : R



        /* block
           comment */
        define d: int = -  3 + ( 4*2 )
        trigger t when r.a and r.b in { low , mid }
           or r.b = high
        obligation o source "s" {
        holder p   // trailing
                must m
        }
        """;

    private const string Expected = """
        // header comment
        module messy
        enum Level ordered { low, mid, high }
        record R {
            a: bool
            b: Level source "x"
        }
        fact r: R

        /* block
           comment */
        define d: int = -3 + (4 * 2)
        trigger t when r.a and r.b in {low, mid}
            or r.b = high
        obligation o source "s" {
            holder p // trailing
            must m
        }

        """;

    [Fact]
    public void Formatter_normalises_layout_and_keeps_comments()
    {
        Assert.True(SyntaxFormatter.TryFormat(SyntaxTree.ParseText(Messy), out var formatted));
        Assert.Equal(Expected, formatted);
    }

    [Fact]
    public void Formatter_is_idempotent_on_every_example()
    {
        Assert.NotEmpty(RepoPaths.ExampleFiles);
        foreach (var file in RepoPaths.ExampleFiles.Append("messy"))
        {
            var text = file == "messy" ? Messy : File.ReadAllText(file);
            Assert.True(SyntaxFormatter.TryFormat(SyntaxTree.ParseText(text, file), out var once), file);
            Assert.True(SyntaxFormatter.TryFormat(SyntaxTree.ParseText(once, file), out var twice), file);
            Assert.Equal(once, twice);
        }
    }

    [Fact]
    public void Formatter_leaves_files_with_syntax_errors_alone()
    {
        Assert.False(SyntaxFormatter.TryFormat(SyntaxTree.ParseText("obligation o {\n  holder\n"), out var text));
        Assert.Equal("obligation o {\n  holder\n", text);
    }

    [Fact]
    public async Task Formatting_request_replaces_the_document()
    {
        await using var server = await LspTestServer.StartAsync();
        var uri = await server.OpenAsync("f.obl", Messy);
        var edits = await server.RequestAsync<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } });
        Assert.Equal(Expected, Assert.Single(edits).NewText);
        var none = await server.RequestAsync<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = await server.OpenAsync("g.obl", Expected) }, options = new { tabSize = 4, insertSpaces = true } });
        Assert.Empty(none);
    }
}
