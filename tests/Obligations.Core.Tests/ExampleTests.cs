using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Core.Tests;

/// <summary>Every rule set under examples/ compiles without any compiler diagnostic.</summary>
public sealed class ExampleTests
{
    public static TheoryData<string> RuleSets()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.Examples).OrderBy(d => d, StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Example_checks_clean(string name)
    {
        var files = SourceFiles.Expand([Path.Combine(RepoPaths.Examples, name)]);
        Assert.NotEmpty(files);
        var compilation = Compilation.Parse(SourceFiles.Read(files));
        var diagnostics = compilation.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Editing_one_file_reuses_the_other_trees()
    {
        var files = SourceFiles.Expand([Path.Combine(RepoPaths.Examples, "harm-prevention")]);
        var compilation = Compilation.Parse(SourceFiles.Read(files));
        var first = compilation.SyntaxTrees[0];
        var edited = compilation.AddOrReplace(SyntaxTree.Parse(new SourceText(first.Path, first.Text.Text + "\nfact extra_fact: bool\n")));
        Assert.Equal(compilation.SyntaxTrees.Length, edited.SyntaxTrees.Length);
        Assert.All(edited.SyntaxTrees.Skip(1), t => Assert.Contains(t, compilation.SyntaxTrees));
        Assert.Empty(edited.GetDiagnostics());
    }
}
