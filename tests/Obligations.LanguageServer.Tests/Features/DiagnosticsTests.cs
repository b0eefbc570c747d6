using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Broken_file_gets_every_error_with_code_severity_and_help_link()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("broken.obl", "import facts\nobligation o {\n    must undefined_measure\n    when incident.reported = 3\n}\n");
        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Count >= 2);
        Assert.Equal(1, published.Version);
        var undefined = Assert.Single(published.Diagnostics, d => d.Code == "OBL1002");
        Assert.Equal(LspDiagnosticSeverity.Error, undefined.Severity);
        Assert.Equal(new Position(2, 9), undefined.Range.Start);
        Assert.EndsWith("#obl1002", undefined.CodeDescription!.Href);
        Assert.Contains(published.Diagnostics, d => d.Code == "OBL2003");
    }

    [Fact]
    public async Task Workspace_files_on_disk_resolve_imports()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("rules.obl", SampleRules.Rules);
        var published = await server.WaitForDiagnosticsAsync(uri);
        Assert.DoesNotContain(published.Diagnostics, d => d.Severity == LspDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Duplicate_declaration_points_at_the_other_one_in_another_file()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        await server.OpenAsync("dup.obl", "import facts\nfact incident: bool\n");
        var factsUri = server.Workspace.UriOf("facts.obl");
        var published = await server.WaitForDiagnosticsAsync(factsUri, p => p.Diagnostics.Any(d => d.Code == "OBL1001"));
        var duplicate = published.Diagnostics.First(d => d.Code == "OBL1001");
        Assert.Contains("already declared", duplicate.Message);
        if (duplicate.RelatedInformation is { Count: > 0 } related)
            Assert.Equal(server.Workspace.UriOf("dup.obl"), related[0].Location.Uri);
    }

    [Fact]
    public async Task Fixing_the_text_clears_the_diagnostics_and_the_last_publish_matches_the_last_version()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("typing.obl", "import facts\ntrigger t when incident.reported = 3\n");
        await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Count > 0);
        // Many quick edits: the middle ones are superseded; the final state must be the one published last.
        for (var version = 2; version <= 30; version++)
        {
            var text = version % 2 == 0 ? "import facts\ntrigger t when incident.reported = 3\n" : "import facts\ntrigger t when incident.reported = tru\n";
            await server.ChangeAsync(uri, version, new TextDocumentContentChangeEvent(null, text));
        }
        await server.ChangeAsync(uri, 31, new TextDocumentContentChangeEvent(new Protocol.Range(new Position(1, 35), new Position(1, 36)), "true"));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 31);
        await server.SettleAsync();
        var forUri = server.Published.Where(p => p.Uri == uri).ToList();
        Assert.Equal(31, forUri[^1].Version);
        Assert.DoesNotContain(forUri[^1].Diagnostics, d => d.Severity == LspDiagnosticSeverity.Error);
        var versions = forUri.Select(p => p.Version ?? 0).ToList();
        Assert.Equal(versions.OrderBy(v => v), versions);
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public async Task Compiler_diagnostics_come_first_and_the_analyses_follow_in_a_second_publish(bool analysisEnabled, int publishes)
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files, analysisEnabled);
        var uri = await server.OpenAsync("two.obl", "import facts\ntrigger t when incident.reported\n");
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        await server.SettleAsync();
        await Task.Delay(100);
        Assert.Equal(publishes, server.Published.Count(p => p.Uri == uri && p.Version == 1));
    }

    [Fact]
    public async Task Deleted_file_on_disk_leaves_the_workspace()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("user.obl", "import facts\ntrigger t when incident.reported\n");
        await server.WaitForDiagnosticsAsync(uri, p => !p.Diagnostics.Any(d => d.Severity == LspDiagnosticSeverity.Error));
        File.Delete(server.Workspace.PathOf("facts.obl"));
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(server.Workspace.UriOf("facts.obl"), FileChangeType.Deleted)]));
        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "OBL1003"));
        Assert.Contains(published.Diagnostics, d => d.Code == "OBL1003");
        server.Workspace.Write("facts.obl", SampleRules.Facts);
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(server.Workspace.UriOf("facts.obl"), FileChangeType.Created)]));
        await server.WaitForDiagnosticsAsync(uri, p => !p.Diagnostics.Any(d => d.Code == "OBL1003") && server.Published.Count(x => x.Uri == uri) > 2);
    }
}
