namespace Obligations.Core.Tests;

/// <summary>
/// examples/harm-prevention/README.md keeps a table from every central finding of the seed (1–17 and 13(a)–(g)) to
/// the rules that encode it or the reason it is not encoded; a finding without a row fails here.
/// </summary>
public sealed class FindingsTableTests
{
    private static readonly string[] Findings =
        [.. Enumerable.Range(1, 17).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         .. "abcdefg".Select(c => $"13({c})")];

    [Fact]
    public void Every_finding_has_a_row()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Examples, "harm-prevention", "README.md"));
        var rows = readme.Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length > 3)
            .GroupBy(cells => cells[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[2], StringComparer.Ordinal);
        var missing = Findings.Where(f => !rows.TryGetValue(f, out var encoded) || encoded.Length == 0).ToList();
        Assert.True(missing.Count == 0, "Findings without a row in examples/harm-prevention/README.md: " + string.Join(", ", missing));
    }
}
