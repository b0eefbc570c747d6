using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class NavigationTests
{
    private static object At(string uri, Position position) => new { textDocument = new { uri }, position };

    [Fact]
    public async Task Hover_shows_kind_type_doc_comment_and_source()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse("import facts\ntrigger t when inci|dent.reported\n");
        var uri = await server.OpenAsync("h.obl", markup.Text);
        var hover = await server.RequestAsync<Hover>("textDocument/hover", At(uri, markup.Cursor));
        Assert.Contains("fact incident: Incident", hover.Contents.Value);
        Assert.Contains("The incident under review.", hover.Contents.Value);
        Assert.Contains("**Source:** Finding 2", hover.Contents.Value);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
    }

    [Fact]
    public async Task Hover_on_a_field_shows_its_type()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse("import facts\ntrigger t when incident.dam|age > 100 USD\n");
        var uri = await server.OpenAsync("h.obl", markup.Text);
        var hover = await server.RequestAsync<Hover>("textDocument/hover", At(uri, markup.Cursor));
        Assert.Contains("Incident.damage: money USD", hover.Contents.Value);
    }

    [Fact]
    public async Task Definition_goes_to_the_declaration_in_another_file()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse("import facts\ntrigger t when incident.severity = Severity.hi|gh\n");
        var uri = await server.OpenAsync("d.obl", markup.Text);
        var locations = await server.RequestAsync<List<LspLocation>>("textDocument/definition", At(uri, markup.Cursor));
        var location = Assert.Single(locations);
        Assert.Equal(server.Workspace.UriOf("facts.obl"), location.Uri);
        Assert.Equal(new Position(9, 4), location.Range.Start);
    }

    [Fact]
    public async Task References_find_every_use_across_files()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse(SampleRules.Facts.Replace("fact incident:", "fact inc|ident:"));
        var uri = await server.OpenAsync("facts.obl", markup.Text);
        var all = await server.RequestAsync<List<LspLocation>>("textDocument/references",
            new { textDocument = new { uri }, position = markup.Cursor, context = new { includeDeclaration = true } });
        Assert.Equal(5, all.Count);
        Assert.Equal(4, all.Count(l => l.Uri == server.Workspace.UriOf("rules.obl")));
        var uses = await server.RequestAsync<List<LspLocation>>("textDocument/references",
            new { textDocument = new { uri }, position = markup.Cursor, context = new { includeDeclaration = false } });
        Assert.Equal(4, uses.Count);
    }

    [Fact]
    public async Task Document_symbols_are_hierarchical()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("facts.obl", SampleRules.Facts);
        var symbols = await server.RequestAsync<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(["state", "Severity", "Phase", "Incident", "incident"], symbols.Select(s => s.Name));
        Assert.Equal(["low", "medium", "high"], symbols[1].Children!.Select(c => c.Name));
        Assert.Equal(LspSymbolKind.Enum, symbols[1].Kind);
        Assert.Equal(5, symbols[3].Children!.Count);
    }

    [Fact]
    public async Task Workspace_symbols_match_fuzzy_across_files()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var symbols = await server.RequestAsync<List<SymbolInformation>>("workspace/symbol", new { query = "mstrep" });
        Assert.Equal("must_report", Assert.Single(symbols).Name);
        var all = await server.RequestAsync<List<SymbolInformation>>("workspace/symbol", new { query = "" });
        Assert.Contains(all, s => s.Name == "reported_on" && s.ContainerName == "Incident");
    }

    [Fact]
    public async Task Rename_changes_every_file_and_refuses_keywords()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse(SampleRules.Facts.Replace("fact incident:", "fact inc|ident:"));
        var uri = await server.OpenAsync("facts.obl", markup.Text);
        var prepare = await server.RequestAsync<PrepareRenameResult>("textDocument/prepareRename", At(uri, markup.Cursor));
        Assert.Equal("incident", prepare.Placeholder);
        var edit = await server.RequestAsync<WorkspaceEdit>("textDocument/rename", new { textDocument = new { uri }, position = markup.Cursor, newName = "event" });
        Assert.Equal(2, edit.Changes.Count);
        Assert.Equal(4, edit.Changes[server.Workspace.UriOf("rules.obl")].Count);
        Assert.All(edit.Changes.Values.SelectMany(e => e), e => Assert.Equal("event", e.NewText));
        await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            server.RequestAsync<WorkspaceEdit>("textDocument/rename", new { textDocument = new { uri }, position = markup.Cursor, newName = "when" }));
    }

    [Fact]
    public async Task Prepare_rename_on_a_keyword_gives_null()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var markup = Markup.Parse("fa|ct x: bool\n");
        var uri = await server.OpenAsync("k.obl", markup.Text);
        Assert.Null(await server.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", At(uri, markup.Cursor)));
    }
}
