using System.Text;
using Obligations.Diagnostics;
using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Core.Tests;

/// <summary>
/// Each folder under Baselines/ holds .obl files and an expected.txt: the files re-printed with their
/// diagnostics. Re-baseline: OBL_UPDATE_BASELINES=1 dotnet test tests/Obligations.Core.Tests
/// </summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.Baselines).OrderBy(d => d, StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_baseline(string name)
    {
        var dir = Path.Combine(RepoPaths.Baselines, name);
        var actual = Render(dir);
        var expectedPath = Path.Combine(dir, "expected.txt");
        if (RepoPaths.UpdateBaselines || !File.Exists(expectedPath))
        {
            File.WriteAllText(expectedPath, actual);
            if (!RepoPaths.UpdateBaselines) Assert.Fail($"No baseline for {name}; wrote {expectedPath}. Review it and re-run.");
        }
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"Baseline {name} differs. Actual:\n{actual}");
    }

    [Fact]
    public void Every_compiler_diagnostic_code_is_covered_by_a_baseline()
    {
        var covered = Directory.GetFiles(RepoPaths.Baselines, "expected.txt", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"OBL\d{4}").Select(m => m.Value))
            .ToHashSet();
        var compilerCodes = DiagnosticDescriptors.All.Where(d => d.Id[3] is '0' or '1' or '2').Select(d => d.Id);
        var missing = compilerCodes.Where(c => !covered.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "No baseline shows: " + string.Join(", ", missing));
    }

    internal static string Render(string dir)
    {
        var files = Directory.GetFiles(dir, "*.obl").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var trees = files.Select(f => SyntaxTree.Parse(new SourceText(Path.GetFileName(f), File.ReadAllText(f).ReplaceLineEndings("\n")))).ToList();
        var compilation = Compilation.Create(trees);
        var diagnostics = compilation.GetDiagnostics();
        var builder = new StringBuilder();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (compilation.SyntaxTrees.Length > 1) builder.Append("=== ").Append(tree.Path).Append(" ===\n");
            builder.Append(DiagnosticAnnotator.Annotate(tree, diagnostics));
        }
        return builder.ToString();
    }
}
