using Obligations.Analysis;
using Obligations.Emit;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Fuzz.Tests;

/// <summary>
/// Every input that once broke a promise, kept as a file in fuzz/regressions: it must check without throwing and,
/// when it checks clean, build into an evaluator whose C# compiles without a diagnostic. Add a file, not a test.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FuzzSettings.Root, "fuzz", "regressions"), "*.obl").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_regression_checks_and_builds_when_clean(string name)
    {
        var path = Path.Combine(FuzzSettings.Root, "fuzz", "regressions", name);
        var compilation = Compilation.Parse([new SourceText(path, File.ReadAllText(path))]);
        var diagnostics = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default with { UseConfigurationFiles = false });
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("OBL9", StringComparison.Ordinal));
        if (diagnostics.Any(d => d.IsError))
        {
            // Rejected inputs must be rejected for a reason the user can act on, with a place in the file.
            Assert.All(diagnostics.Where(d => d.IsError), d => Assert.Equal(path, d.Location.Path));
            return;
        }
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default with { LineDirectivePath = Path.GetFullPath });
        Assert.True(result.Success && result.Diagnostics.IsEmpty, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToCanonicalString())));
    }
}
