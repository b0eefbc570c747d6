using System.Text.RegularExpressions;
using Obligations.Diagnostics;

namespace Obligations.Core.Tests;

public sealed class CatalogueTests
{
    [Fact]
    public void Diagnostic_ids_are_unique_and_well_formed()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^OBL\d{4}$", id));
    }

    [Fact]
    public void Every_diagnostic_code_has_an_entry_in_docs()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Docs, "diagnostics.md"));
        var documented = Regex.Matches(docs, @"^### (OBL\d{4}) — ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var missing = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !documented.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "No entry in docs/diagnostics.md for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_code_the_sources_and_docs_mention_is_in_the_catalogue()
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
        var files = new[] { "src", "docs", "editor-extension/src" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, d), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".ts", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Append(Path.Combine(RepoPaths.Root, "README.md"));
        var unknown = files
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"OBL\d{4}").Select(m => (File: Path.GetRelativePath(RepoPaths.Root, f), Code: m.Value)))
            .Where(x => !known.Contains(x.Code))
            .Distinct()
            .ToList();
        Assert.True(unknown.Count == 0, "Codes not in the catalogue: " + string.Join(", ", unknown.Select(x => $"{x.Code} in {x.File}")));
    }

    [Fact]
    public void Help_links_point_at_the_docs_entry()
    {
        Assert.All(DiagnosticDescriptors.All, d => Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLink));
    }
}
