using Obligations.Diagnostics;
using Obligations.Interpretation;
using Obligations.Lowering;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Every witness the analyses report, read back from its JSON, really shows what the message claims when the IR
/// interpreter evaluates it: for a contradiction both rules apply (every 'when' holds, no 'unless'); for a gap no
/// case of the match applies.
/// </summary>
public sealed class WitnessTests
{
    private static readonly string[] ContradictionCodes = ["OBL3011", "OBL3012", "OBL3013", "OBL3061", "OBL3062", "OBL3063"];

    [Theory]
    [MemberData(nameof(BaselineTests.Cases), MemberType = typeof(BaselineTests))]
    public void Witnesses_hold_when_evaluated(string name)
    {
        var baseline = BaselineCase.Load(name);
        var program = IrLowering.Lower(baseline.Compilation.GetBoundProgram()).Program;
        foreach (var diagnostic in baseline.Diagnostics.Where(d => d.Properties.ContainsKey("witness")))
        {
            var json = diagnostic.Properties["witness"];
            if (ContradictionCodes.Contains(diagnostic.Id))
            {
                var outcome = WitnessReader.Evaluate(json, program);
                var rules = RulesAt(program, diagnostic);
                Assert.Equal(2, rules.Count);
                Assert.All(rules, r => Assert.True(WitnessReader.Applies(outcome, r), $"{diagnostic}: '{r.Name}' is {outcome.Statuses[r.Index]} on the witness"));
            }
            else
            {
                Assert.Equal("OBL3010", diagnostic.Id);
                var (facts, now) = WitnessReader.Read(json, program);
                var match = SolvingRoots(program).OfType<IrMatch>().First(m => m.Source.Location == diagnostic.Location);
                Assert.All(match.Arms, a => Assert.False((bool)IrInterpreter.Evaluate(program, facts, now, a.Guard!), $"{diagnostic}: a case applies on the witness"));
            }
        }
    }

    [Fact]
    public void Every_contradiction_baseline_carries_a_witness()
    {
        var contradictions = BaselineCase.Names().Select(BaselineCase.Load)
            .SelectMany(b => b.Diagnostics).Where(d => ContradictionCodes.Contains(d.Id)).ToList();
        Assert.Contains(contradictions, d => d.Id == "OBL3011");
        Assert.Contains(contradictions, d => d.Id == "OBL3012");
        Assert.Contains(contradictions, d => d.Id == "OBL3013");
        Assert.All(contradictions, d => Assert.True(d.Properties.ContainsKey("witness") && d.Message.Contains(" when: "), d.ToString()));
    }

    private static IEnumerable<IrExpression> SolvingRoots(IrProgram program) => IrWalker.AllExpressions(program);

    private static List<IrRule> RulesAt(IrProgram program, Diagnostic diagnostic) =>
        diagnostic.RelatedLocations
            .Select(r => program.Rules.Single(rule => rule.Source.Location == r.Location))
            .ToList();
}
