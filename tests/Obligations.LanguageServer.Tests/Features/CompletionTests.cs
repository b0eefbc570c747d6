using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>Completion by context; the cursor is marked <c>|</c> in each text, expected labels must be offered, absent ones not.</summary>
public sealed class CompletionTests
{
    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // record fields after a dot
        { "import facts\ntrigger t when incident.|", ["severity", "phase", "reported", "damage"], ["incident", "when"] },
        // enum members after Enum.
        { "import facts\ntrigger t when incident.severity = Severity.|", ["low", "medium", "high"], ["imminent"] },
        // enum members where the other side of a comparison is that enum
        { "import facts\ntrigger t when incident.severity >= |", ["low", "medium", "high", "incident"], ["imminent"] },
        // ... and inside the set after `in`
        { "import facts\ntrigger t when incident.phase in {imminent, |", ["ongoing", "concluded"], ["low"] },
        // units after a number
        { "import facts\ntrigger t when incident.damage > 100 |", ["USD", "days", "hours"], ["incident"] },
        // declaration keywords and snippets at the top level
        { "import facts\n|", ["obligation", "measure", "enum", "obligation …"], ["holder", "incident"] },
        // rule clause keywords at the start of a clause
        { "import facts\nobligation o {\n    |\n}\n", ["holder", "when", "must", "within", "unless", "overrides"], ["obligation", "done when"] },
        { "import facts\nmeasure m {\n    |\n}\n", ["done when", "incompatible with"], ["holder"] },
        { "import facts\nconsequence c {\n    |\n}\n", ["kind", "on breach of", "when"], ["holder"] },
        // the right kind of name after a clause keyword
        { "import facts\nobligation o {\n    holder |\n}\n", ["state"], ["incident", "when"] },
        { "import rules\nimport facts\nobligation o {\n    must |\n}\n", ["report", "not"], ["state", "incident"] },
        { "import rules\nobligation o {\n    overrides |\n}\n", ["must_report"], ["report"] },
        { "import rules\nobligation o {\n    overrides must_report because |\n}\n", ["lex_specialis", "lex_posterior", "lex_superior"], ["report"] },
        { "import rules\nconsequence c {\n    on breach of |\n}\n", ["must_report", "any"], ["report"] },
        // types after a colon
        { "import facts\nfact f: |", ["bool", "money", "Severity", "Incident", "set of"], ["incident"] },
        { "import facts\nfact f: set of |", ["Severity", "Phase"], ["Incident", "bool"] },
        // names in scope inside an expression
        { "import facts\nimport rules\ntrigger t when |", ["incident", "serious", "not", "now", "match"], ["report", "state", "holder"] },
        // operators after an operand
        { "import facts\ntrigger t when incident.reported |", ["and", "or", "in"], ["incident"] },
        // nothing inside comments or strings
        { "import facts\n// a comment |", [], ["incident", "obligation"] },
        { "import facts\nparty p \"descr|", [], ["incident", "obligation"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Completion_offers_what_fits_the_context(string marked, string[] expected, string[] absent)
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse(marked);
        var uri = await server.OpenAsync("c.obl", markup.Text);
        var list = await server.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri }, position = markup.Cursor });
        var labels = list.Items.Select(i => i.Label).ToHashSet();
        foreach (var label in expected) Assert.True(labels.Contains(label), $"missing '{label}' in: {string.Join(", ", labels)}");
        foreach (var label in absent) Assert.False(labels.Contains(label), $"unexpected '{label}' in: {string.Join(", ", labels)}");
        if (expected.Length == 0) Assert.Empty(labels);
    }

    [Fact]
    public async Task A_string_ending_in_an_escaped_backslash_is_closed()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        async Task<HashSet<string>> LabelsAt(string marked)
        {
            var markup = Markup.Parse(marked);
            var uri = await server.OpenAsync("c.obl", markup.Text);
            var list = await server.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri }, position = markup.Cursor });
            return list.Items.Select(i => i.Label).ToHashSet();
        }
        var plain = await LabelsAt("import facts\nparty p \"a\"|");
        var escaped = await LabelsAt("import facts\nparty p \"a\\\\\"|");
        Assert.NotEmpty(plain);
        Assert.Equal(plain.Order(), escaped.Order());
        Assert.Empty(await LabelsAt("import facts\nparty p \"a\\\"|"));
    }

    [Fact]
    public async Task Snippets_use_snippet_syntax()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("c.obl", "");
        var list = await server.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri }, position = new Position(0, 0) });
        var snippet = list.Items.Single(i => i.Label == "obligation …");
        Assert.Equal(InsertTextFormat.Snippet, snippet.InsertTextFormat);
        Assert.Contains("${1:name}", snippet.InsertText);
        Assert.Contains(list.Items, i => i.Label == "module");
    }
}
