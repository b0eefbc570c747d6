using Obligations.Cli.Evaluation;

namespace Obligations.Emit.Tests;

/// <summary>Every scenario case of every example rule set, through the generated evaluator.</summary>
public sealed class ExampleScenarioTests
{
    public static TheoryData<string> RuleSets() =>
        new(ScenarioRunner.FindRuleSets(Path.Combine(TestRules.RepoRoot, "examples")).Select(f => Path.GetFileName(f)));

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void AllCasesPass(string ruleSet)
    {
        var folder = Path.Combine(TestRules.RepoRoot, "examples", ruleSet);
        var host = TestRules.Load(TestRules.ParseFolder(folder));
        var failures = Directory.GetFiles(Path.Combine(folder, "cases"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => ScenarioCase.Check(host, File.ReadAllText(file)).Select(f => $"{Path.GetFileName(file)}: {f}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
