using Obligations.Cli.Evaluation;
using Obligations.Cli.Output;

namespace Obligations.Emit.Tests;

/// <summary>
/// Each folder under Baselines/ holds main.obl, the expected generated C# (main.g.cs) and facts/*.json whose
/// explained evaluations (the reader's explanation, then the full trace) are expected in results.txt. Re-baseline with OBL_UPDATE_BASELINES=1.
/// </summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Cases() => new(Directory.GetDirectories(Path.Combine(TestRules.TestDirectory, "Baselines")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedCSharpMatchesBaseline(string name)
    {
        var folder = Path.Combine(TestRules.TestDirectory, "Baselines", name);
        var result = EvaluatorEmitter.Generate(TestRules.ParseFolder(folder), EvaluatorOptions.Default);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Baseline.Verify(Path.Combine(folder, "main.g.cs"), result.GeneratedSource!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EvaluationsMatchBaseline(string name)
    {
        var folder = Path.Combine(TestRules.TestDirectory, "Baselines", name);
        var host = TestRules.Load(TestRules.ParseFolder(folder));
        var output = new StringWriter();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "facts"), "*.json").Order(StringComparer.Ordinal))
        {
            output.WriteLine($"== {Path.GetFileName(file)}");
            var facts = FactsFile.Read(File.ReadAllText(file), host);
            var result = host.Evaluate(facts.Facts, facts.Now!.Value);
            ResultWriter.WriteText(output, result, facts.Facts, ExplainLevel.Explain, verbose: false);
            output.WriteLine("-- trace");
            ResultWriter.WriteText(output, result, facts.Facts, ExplainLevel.Trace, verbose: false);
        }
        Baseline.Verify(Path.Combine(folder, "results.txt"), output.ToString());
    }
}
