using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Diagnostics;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Every witness the analyses report, read back from its JSON, really shows what the message claims: for a
/// contradiction both rules apply (every 'when' holds, no 'unless'); for a gap no case of the match applies.
/// </summary>
public sealed class WitnessTests
{
    private static readonly string[] ContradictionCodes = ["OBL3011", "OBL3012", "OBL3013"];

    [Theory]
    [MemberData(nameof(BaselineTests.Cases), MemberType = typeof(BaselineTests))]
    public void Witnesses_hold_when_evaluated(string name)
    {
        var baseline = BaselineCase.Load(name);
        var program = baseline.Compilation.GetBoundProgram();
        foreach (var diagnostic in baseline.Diagnostics.Where(d => d.Properties.ContainsKey("witness")))
        {
            var situation = WitnessReader.Read(diagnostic.Properties["witness"], program);
            var interpreter = new BoundInterpreter(situation);
            if (ContradictionCodes.Contains(diagnostic.Id))
            {
                var rules = RulesAt(program, diagnostic);
                Assert.Equal(2, rules.Count);
                Assert.All(rules, r => Assert.True(interpreter.Applies(r), $"{diagnostic}: '{r.Name}' does not apply on the witness"));
            }
            else
            {
                Assert.Equal("OBL3010", diagnostic.Id);
                var match = program.Expressions.Values.OfType<BoundMatch>().Single(m => m.Syntax.Span == diagnostic.Location.Span);
                Assert.All(match.Arms, a => Assert.False(interpreter.Condition(a.Guard!), $"{diagnostic}: a case applies on the witness"));
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

    private static List<RuleSymbol> RulesAt(BoundProgram program, Diagnostic diagnostic) =>
        diagnostic.RelatedLocations
            .Select(r => program.Rules.Single(rule => rule.Location == r.Location))
            .ToList();
}
