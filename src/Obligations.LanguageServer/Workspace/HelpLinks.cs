using System.Collections.Concurrent;

namespace Obligations.LanguageServer.Workspace;

/// <summary>
/// Turns a catalogue help link (relative to the repository: <c>docs/diagnostics.md#obl1002</c>) into the absolute
/// URI LSP requires: the file URI of that page where the server finds it (beside the server, or in the repository
/// it was built in). Null when there is no such page, so that clients get no link rather than a broken one.
/// </summary>
public static class HelpLinks
{
    private static readonly ConcurrentDictionary<string, string?> s_pages = new(StringComparer.Ordinal);

    public static string? Resolve(string link)
    {
        if (link.Contains("://", StringComparison.Ordinal)) return link;
        var hash = link.IndexOf('#');
        var page = hash < 0 ? link : link[..hash];
        // Cached per page: the file URI is found once, however many diagnostics link to it.
        var uri = s_pages.GetOrAdd(page, static p => Find(p) is { } file ? new Uri(file).AbsoluteUri : null);
        return uri is null ? null : uri + (hash < 0 ? string.Empty : link[hash..]);
    }

    private static string? Find(string page)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, page);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
