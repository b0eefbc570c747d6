using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>The editor knows normative strength: hovers show it, completion offers the strengths after <c>strength</c>.</summary>
public sealed class StrengthTests
{
    private const string Rules = "fact risk: bool\nparty state\nmeasure warn \"Warn\" { done when risk }\n" +
        "obligation warn_of_risk { strength emerging source \"13(a)\" holder state when risk must warn }\n";

    private static object At(string uri, Position position) => new { textDocument = new { uri }, position };

    [Fact]
    public async Task Hover_on_a_rule_shows_its_strength_and_source()
    {
        await using var server = await LspTestServer.StartAsync();
        var markup = Markup.Parse(Rules.Replace("obligation warn_of_risk", "obligation warn_of|_risk", StringComparison.Ordinal));
        var uri = await server.OpenAsync("s.obl", markup.Text);
        var hover = await server.RequestAsync<Hover>("textDocument/hover", At(uri, markup.Cursor));
        Assert.Contains("(strength emerging, not binding: 13(a))", hover.Contents.Value);
    }

    [Fact]
    public async Task Completion_after_strength_offers_the_strengths()
    {
        await using var server = await LspTestServer.StartAsync();
        var markup = Markup.Parse(Rules.Replace("strength emerging", "strength |", StringComparison.Ordinal));
        var uri = await server.OpenAsync("c.obl", markup.Text);
        var items = await server.RequestAsync<CompletionList>("textDocument/completion", At(uri, markup.Cursor));
        Assert.Equal(["settled", "emerging", "proposed", "best_practice", "contested"], items.Items.Select(i => i.Label).Where(l => Obligations.Syntax.Vocabulary.Strengths.Contains(l)));
    }
}
