using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>
/// Completion reads only the declarations around the cursor: every context case offers the same items with many
/// declarations before it as without them (apart from the fillers' own names).
/// </summary>
public sealed class CompletionWindowTests
{
    [Theory]
    [MemberData(nameof(CompletionTests.Cases), MemberType = typeof(CompletionTests))]
    public async Task Declarations_before_the_cursor_do_not_change_the_context(string marked, string[] expected, string[] absent)
    {
        _ = expected;
        _ = absent;
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var alone = await LabelsAsync(server, "alone.obl", marked);
        var padded = await LabelsAsync(server, "padded.obl", WithFillers(marked, 8));
        Assert.Equal(alone.Order(), padded.Where(l => !l.StartsWith("filler_", StringComparison.Ordinal)).Order());
    }

    private static string WithFillers(string text, int count)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.TakeWhile(l => l.StartsWith("import ", StringComparison.Ordinal)).Count();
        lines.InsertRange(at, Enumerable.Range(0, count).Select(i => $"fact filler_{i}: bool"));
        return string.Join('\n', lines);
    }

    private static async Task<HashSet<string>> LabelsAsync(LspTestServer server, string name, string marked)
    {
        var markup = Markup.Parse(marked);
        var uri = await server.OpenAsync(name, markup.Text);
        var list = await server.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri }, position = markup.Cursor });
        // Closed again, so that the two texts' declarations do not clash in the one workspace.
        await server.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        return list.Items.Select(i => i.Label).ToHashSet();
    }
}
