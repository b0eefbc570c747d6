using System.Text.RegularExpressions;
using Obligations.Diagnostics;

namespace Obligations.Core.Tests;

/// <summary>
/// Every help link in the diagnostics catalogue and every relative link in the README and docs/ leads somewhere
/// in the repository: the file exists and, for an anchor, the page has that anchor (an explicit
/// <c>&lt;a id&gt;</c> or a heading).
/// </summary>
public sealed partial class HelpLinkTests
{
    [Fact]
    public void Every_help_link_resolves_to_an_anchor_in_the_repository()
    {
        var broken = DiagnosticDescriptors.All.Select(d => d.HelpLink).Where(link => Problem(RepoPaths.Root, link) is not null)
            .Select(link => $"{link}: {Problem(RepoPaths.Root, link)}").ToList();
        Assert.True(broken.Count == 0, "Help links that do not resolve (add <a id=\"oblNNNN\"></a> above the entry's heading):\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_relative_link_in_the_readme_and_docs_resolves()
    {
        var pages = Directory.EnumerateFiles(RepoPaths.Docs, "*.md", SearchOption.AllDirectories)
            .Concat(new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md", "editor-extension/README.md" }.Select(p => Path.Combine(RepoPaths.Root, p)).Where(File.Exists));
        var broken = new List<string>();
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            foreach (Match m in MarkdownLink().Matches(text))
            {
                var target = m.Groups[1].Value;
                if (Regex.IsMatch(target, "^[a-z]+:", RegexOptions.IgnoreCase)) continue;
                var link = target.StartsWith('#') ? Path.GetFileName(page) + target : target;
                if (Problem(Path.GetDirectoryName(page)!, link) is { } problem)
                    broken.Add($"{Path.GetRelativePath(RepoPaths.Root, page)}: {target}: {problem}");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    /// <summary>Why <paramref name="link"/>, relative to <paramref name="folder"/>, does not resolve; null when it does.</summary>
    private static string? Problem(string folder, string link)
    {
        var hash = link.IndexOf('#');
        var file = Path.GetFullPath(Path.Combine(folder, hash < 0 ? link : link[..hash]));
        if (!File.Exists(file) && !Directory.Exists(file)) return "no such file";
        if (hash < 0) return null;
        var anchor = link[(hash + 1)..];
        var text = File.ReadAllText(file);
        if (text.Contains($"<a id=\"{anchor}\"></a>", StringComparison.Ordinal)) return null;
        var headings = Regex.Matches(text, @"^#+ (.+)$", RegexOptions.Multiline).Select(h => Slug(h.Groups[1].Value.Trim()));
        return headings.Contains(anchor) ? null : $"no anchor '{anchor}'";
    }

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Slug(string heading) =>
        Regex.Replace(heading.ToLowerInvariant().Replace("`", ""), @"[^\p{L}\p{N}\- _]", "").Replace(' ', '-');

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
