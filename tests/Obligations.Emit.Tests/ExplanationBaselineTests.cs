using Obligations.Cli.Evaluation;
using Obligations.Cli.Output;

namespace Obligations.Emit.Tests;

/// <summary>
/// The reader's explanation (<c>oblc eval --explain</c>) of every scenario case of every example rule set, expected in
/// Explanations/&lt;rule set&gt;.txt. Re-baseline with OBL_UPDATE_BASELINES=1 and read the diff as a lawyer would.
/// </summary>
public sealed class ExplanationBaselineTests
{
    public static TheoryData<string> RuleSets() =>
        new(ScenarioRunner.FindRuleSets(Path.Combine(TestRules.RepoRoot, "examples")).Select(f => Path.GetFileName(f)));

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void ExplanationsMatchBaseline(string ruleSet)
    {
        var folder = Path.Combine(TestRules.RepoRoot, "examples", ruleSet);
        var host = TestRules.Load(TestRules.ParseFolder(folder));
        var output = new StringWriter();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "cases"), "*.json").Order(StringComparer.Ordinal))
        {
            output.WriteLine($"== {Path.GetFileName(file)}");
            var facts = FactsFile.Read(File.ReadAllText(file), host);
            ResultWriter.WriteText(output, host.Evaluate(facts.Facts, facts.Now!.Value), facts.Facts, ExplainLevel.Explain, verbose: false);
            output.WriteLine();
        }
        Baseline.Verify(Path.Combine(TestRules.TestDirectory, "Explanations", ruleSet + ".txt"), output.ToString());
    }
}
