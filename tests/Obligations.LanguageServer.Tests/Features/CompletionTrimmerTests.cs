using Obligations.LanguageServer.Features.Completion;
using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class CompletionTrimmerTests
{
    private static List<CompletionItem> Items(IEnumerable<string> labels) => labels.Select(l => new CompletionItem { Label = l }).ToList();

    [Fact]
    public void Short_lists_are_sent_whole_and_complete()
    {
        var list = CompletionTrimmer.Trim(Items(["alpha", "beta"]), "z");
        Assert.False(list.IsIncomplete);
        Assert.Equal(2, list.Items.Count);
    }

    [Fact]
    public void Long_lists_keep_the_typed_letter_and_say_they_are_incomplete()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => $"{(char)('a' + i % 26)}name_{i}").ToList();
        var list = CompletionTrimmer.Trim(Items(labels), "Cn");
        Assert.True(list.IsIncomplete);
        Assert.All(list.Items, i => Assert.StartsWith("c", i.Label));
        Assert.Equal(labels.Count(l => l.StartsWith('c')), list.Items.Count);
    }

    [Fact]
    public void Too_many_with_the_letter_are_cut_to_the_cap_preferring_prefix_matches()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => $"x{i}").Append("xyz_exact").ToList();
        var list = CompletionTrimmer.Trim(Items(labels), "xyz");
        Assert.True(list.IsIncomplete);
        Assert.Equal(CompletionTrimmer.Cap, list.Items.Count);
        Assert.Equal("xyz_exact", list.Items[0].Label);
    }
}
