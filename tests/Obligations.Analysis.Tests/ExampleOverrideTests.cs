using System.Text.RegularExpressions;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// The vulnerability-disclosure example resolves a real conflict with an override: without the override the
/// duty to disclose and the duty to keep restricted clash (OBL3063: both are proposals) in a situation the witness shows.
/// </summary>
public sealed class ExampleOverrideTests
{
    private static readonly string ExamplePath = Path.Combine(RepositoryPaths.Examples, "vulnerability-disclosure", "vulnerabilities.obl");

    [Fact]
    public void Without_its_override_the_example_has_a_contradiction_with_a_witness()
    {
        Assert.True(File.Exists(ExamplePath), "the vulnerability-disclosure example is missing");
        var text = Regex.Replace(File.ReadAllText(ExamplePath), @"^\s*overrides disclose_vulnerability .*$", string.Empty, RegexOptions.Multiline);
        var compilation = Compilation.Parse([new SourceText(ExamplePath, text)]);
        var diagnostics = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default);

        // Both rules are proposals (finding 13(c)), so the clash is information (OBL3063), not the error OBL3013.
        var conflict = Assert.Single(diagnostics, d => d.Id == "OBL3063");
        Assert.Contains("'disclose_vulnerability'", conflict.Message);
        Assert.Contains("'retain_for_national_security'", conflict.Message);
        var program = IrLowering.Lower(compilation.GetBoundProgram()).Program;
        var outcome = WitnessReader.Evaluate(conflict.Properties["witness"], program);
        Assert.True(WitnessReader.Applies(outcome, program.FindRule("disclose_vulnerability")!));
        Assert.True(WitnessReader.Applies(outcome, program.FindRule("retain_for_national_security")!));
    }
}
