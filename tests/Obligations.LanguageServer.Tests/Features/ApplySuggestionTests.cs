using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>A "did you mean" diagnostic has a quick fix that applies the correction, offered before "create …".</summary>
public sealed class ApplySuggestionTests
{
    [Fact]
    public async Task Misspelt_measure_is_corrected_before_it_is_created()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\nimport rules\n\nobligation o {\n    holder state\n    must reprot\n}\n";
        var uri = await server.OpenAsync("s.obl", text);
        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "OBL1002"));
        var diagnostic = published.Diagnostics.Single(d => d.Code == "OBL1002");
        Assert.Contains("did you mean 'report'?", diagnostic.Message);

        var actions = await server.RequestAsync<List<CodeAction>>("textDocument/codeAction",
            new { textDocument = new { uri }, range = diagnostic.Range, context = new { diagnostics = new[] { diagnostic } } });

        var first = actions.First();
        Assert.Equal("Change to 'report'", first.Title);
        Assert.True(first.IsPreferred);
        Assert.Equal(text.Replace("reprot", "report"), EditApplier.Apply(text, first.Edit!.Changes[uri]));
        var create = actions.FindIndex(a => a.Title.StartsWith("Create measure", StringComparison.Ordinal));
        Assert.True(create < 0 || create > 0 && actions[create].IsPreferred is null or false);
    }

    [Theory]
    [InlineData("'reprot' is not defined; did you mean 'report'?", "report")]
    [InlineData("unknown unit 'dayz'; did you mean 'days'?", "days")]
    [InlineData("'x' is not defined", null)]
    public void Suggestion_is_read_from_the_message(string message, string? expected) =>
        Assert.Equal(expected, Obligations.LanguageServer.Features.CodeActions.ApplySuggestionProvider.Suggestion(message));
}
