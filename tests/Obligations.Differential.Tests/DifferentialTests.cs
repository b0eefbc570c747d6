using Obligations.Testing.Harness;
using Obligations.Testing.Reference;
using Xunit.Abstractions;

namespace Obligations.Differential.Tests;

/// <summary>
/// Generated rule sets × generated situations: the generated C# evaluator and the reference evaluator give every
/// rule the same status and deadline and every consequence the same status. A failure prints the shrunk rule set
/// and facts, ready to paste into Regressions/.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedEvaluatorAgreesWithTheReference()
    {
        var run = new DifferentialRun(() => new IrInterpreterReference(), KnownDisagreements.Load());
        var report = run.Run(DifferentialSettings.FirstSeed, DifferentialSettings.RuleSets, DifferentialSettings.Situations);
        output.WriteLine(report.Summary());
        foreach (var disagreement in report.Disagreements) output.WriteLine(disagreement.Print());
        Assert.True(report.Disagreements.Count == 0, "New kinds of disagreement (shrunk; paste into Regressions/):\n" +
            report.Summary() + "\n" + string.Join("\n", report.Disagreements.Select(d => d.Print())));
        // The comparison is not vacuous: most situations are compared outcome by outcome.
        Assert.True(report.Counts[ComparisonKind.Agreed] >= report.Situations / 2, report.Summary());
    }
}
