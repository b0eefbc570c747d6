using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class PullDiagnosticsTests
{
    private const string Broken = "import facts\nobligation o {\n    must undefined_measure\n    when incident.reported = 3\n}\n";

    [Fact]
    public async Task Pulled_document_report_is_the_list_push_publishes_last()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("broken.obl", Broken);
        // The first publish may still be on its way when the server settles: wait for it, then for the analyses'.
        await server.WaitForDiagnosticsAsync(uri, timeoutMs: 60_000);
        await server.SettleAsync();
        var pushed = server.Published.Last(p => p.Uri == uri);
        var pulled = await server.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal("full", pulled.Kind);
        Assert.Equal(pushed.Diagnostics.Select(d => (d.Code, d.Range.Start)), pulled.Items!.Select(d => (d.Code, d.Range.Start)));
        Assert.Contains(pulled.Items!, d => d.Code == "OBL1002");
    }

    [Fact]
    public async Task Same_result_id_is_unchanged_and_an_edit_makes_a_new_full_report()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("broken.obl", Broken);
        var first = await server.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri } });
        var again = await server.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = first.ResultId });
        Assert.Equal("unchanged", again.Kind);
        Assert.Null(again.Items);
        await server.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, "import facts\ntrigger t when incident.reported = true\n"));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        var fixedReport = await server.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = first.ResultId });
        Assert.Equal("full", fixedReport.Kind);
        Assert.DoesNotContain(fixedReport.Items!, d => d.Severity == LspDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Workspace_report_covers_every_file_with_the_open_documents_version()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var uri = await server.OpenAsync("broken.obl", Broken, version: 7);
        var report = await server.RequestAsync<WorkspaceDiagnosticReport>("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var broken = Assert.Single(report.Items, i => i.Uri == uri);
        Assert.Equal(7, broken.Version);
        Assert.Contains(broken.Items!, d => d.Code == "OBL1002");
        Assert.Contains(report.Items, i => i.Uri == server.Workspace.UriOf("facts.obl"));
        var unchanged = await server.RequestAsync<WorkspaceDiagnosticReport>("workspace/diagnostic",
            new { previousResultIds = new[] { new { uri, value = broken.ResultId } } });
        Assert.Equal("unchanged", Assert.Single(unchanged.Items, i => i.Uri == uri).Kind);
    }

    [Fact]
    public async Task Server_announces_pull_diagnostics()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var result = await server.RequestAsync<System.Text.Json.JsonElement>("initialize", new { processId = (int?)null, capabilities = new { } });
        var provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.True(provider.GetProperty("workspaceDiagnostics").GetBoolean());
    }
}
