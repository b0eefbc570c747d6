namespace Obligations.Emit.Tests;

/// <summary><c>oblc generate</c>: the C# source the MSBuild integration compiles into a project.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void GenerateWritesTheEvaluatorSourceInTheGivenNamespace()
    {
        var folder = Path.Combine(Path.GetTempPath(), "obl-generate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(folder, "obj", "RulesEvaluator.g.cs");
            var (code, stdout, stderr) = CliRunner.Run("generate", Path.Combine(TestRules.RepoRoot, "examples", "data-breach"), "-o", output,
                "--namespace", "Acme.Rules", "--rule-set-name", "Breaches");
            Assert.True(code == 0, stdout + stderr);
            Assert.Contains("oblc: generated", stdout);
            var source = File.ReadAllText(output);
            Assert.Contains("namespace Acme.Rules;", source);
            Assert.Contains("#pragma warning disable CS1591", source);
            Assert.Contains("public sealed class RulesEvaluator", source);
            Assert.Contains("RuleSetInfo(\"Breaches\"", source);
            Assert.Matches(@"#line \d+ "".*breach_notification\.obl""", source);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void GenerateWithRuleErrorsPrintsThemCanonicallyAndWritesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "obl-generate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var rules = Path.Combine(folder, "rules.obl");
            File.WriteAllText(rules, "fact paid: bool\nmeasure pay { done when payed }\n");
            var output = Path.Combine(folder, "Rules.g.cs");
            var (code, stdout, _) = CliRunner.Run("generate", rules, "-o", output);
            Assert.Equal(1, code);
            Assert.Matches(@"rules\.obl\(2,25\): error OBL1002: .payed. is not defined", stdout);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
