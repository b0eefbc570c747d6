using System.Text.Json;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_states_incremental_sync_and_the_features()
    {
        await using var server = await LspTestServer.StartAsync();
        var result = await server.RequestAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "workspaceSymbolProvider", "documentFormattingProvider" })
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.NotEmpty(capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_zero()
    {
        await using var server = await LspTestServer.StartAsync();
        await server.Client.InvokeAsync<object?>("shutdown");
        await server.NotifyAsync("exit", new { });
        Assert.Equal(0, await server.ServerRun.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_one()
    {
        await using var server = await LspTestServer.StartAsync();
        await server.NotifyAsync("exit", new { });
        Assert.Equal(1, await server.ServerRun.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Analysis_setting_is_read_from_initialization_options()
    {
        await using var server = await LspTestServer.StartAsync(analysisEnabled: false);
        Assert.False(server.Host.Services.Settings.AnalysisEnabled);
    }
}
