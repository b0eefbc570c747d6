using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>
/// Keeps a completion answer small on large workspaces. With thousands of names in scope, sending (and the client
/// parsing) every item cost more than finding them; once the list passes <see cref="Cap"/>, only items starting
/// with the typed word's first letter stay (clients' fuzzy filters match from the first letter too), and when
/// that is still too many the list is cut and marked incomplete, so the client asks again as the word grows.
/// </summary>
public static class CompletionTrimmer
{
    public const int Cap = 300;

    public static CompletionList Trim(List<CompletionItem> items, string typedWord)
    {
        if (items.Count <= Cap) return new CompletionList(IsIncomplete: false, items);
        var kept = typedWord.Length == 0
            ? items
            : items.Where(i => (i.FilterText ?? i.Label) is { Length: > 0 } f && char.ToLowerInvariant(f[0]) == char.ToLowerInvariant(typedWord[0])).ToList();
        var trimmedByLetter = kept.Count < items.Count;
        if (kept.Count <= Cap) return new CompletionList(IsIncomplete: trimmedByLetter, kept);
        var best = kept
            .OrderBy(i => (i.FilterText ?? i.Label).StartsWith(typedWord, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(i => i.SortText ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(i => i.Label, StringComparer.Ordinal)
            .Take(Cap).ToList();
        return new CompletionList(IsIncomplete: true, best);
    }
}
