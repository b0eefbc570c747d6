using Obligations.Semantics;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>The shipped examples are correct rule sets: no analysis may raise an alarm on them.</summary>
public sealed class ExampleTests
{
    public static TheoryData<string> Examples() => new(
        Directory.Exists(RepositoryPaths.Examples)
            ? Directory.GetDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).Order(StringComparer.Ordinal)!
            : []);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_checks_clean(string name)
    {
        var files = SourceFiles.Expand([Path.Combine(RepositoryPaths.Examples, name)]);
        var compilation = Compilation.Parse(SourceFiles.Read(files));
        var diagnostics = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }
}
