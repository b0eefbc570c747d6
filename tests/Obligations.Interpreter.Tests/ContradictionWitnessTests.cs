using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Interpreter.Tests;

/// <summary>The editor end-to-end workspace's contradiction: its witness makes both rules apply under the interpreter.</summary>
public sealed class ContradictionWitnessTests
{
    [Fact]
    public void The_witness_of_the_editor_demo_contradiction_makes_both_rules_apply()
    {
        var path = Path.Combine(ExampleRuleSets.RepoRoot, "editor-extension", "test", "e2e", "workspace", "contradiction.obl");
        var ir = IrLowering.Lower(Compilation.Parse([new SourceText("contradiction.obl", File.ReadAllText(path))]).GetBoundProgram()).Program;
        var facts = new IrFacts(ir);
        var incident = ir.Records.Single(r => r.Name == "Incident");
        facts["incident"] = new object?[] { true, 1_000_000m };
        facts["means"] = ir.Enums.Single(e => e.Name == "Means").Members.Single(m => m.Name == "medium");
        Assert.Equal(2, incident.Fields.Length);
        var outcome = IrInterpreter.Evaluate(ir, facts, DateTimeOffset.UnixEpoch);
        Assert.Equal(IrStatus.Breached, outcome.Statuses[ir.FindRule("halt")!.Index]);
        Assert.Equal(IrStatus.Complied, outcome.Statuses[ir.FindRule("no_interference")!.Index]);
    }

    [Fact]
    public void Broken_declarations_elsewhere_are_left_out_of_an_evaluation_of_the_valid_parts()
    {
        var path = Path.Combine(ExampleRuleSets.RepoRoot, "editor-extension", "test", "e2e", "workspace", "contradiction.obl");
        var text = File.ReadAllText(path) + "\ntrigger broken_trigger when no_such_fact\nobligation broken_rule {\n    holder host_state\n    when broken_trigger\n    must halt_incident\n}\n";
        var ir = IrLowering.Lower(Compilation.Parse([new SourceText("contradiction.obl", text)]).GetBoundProgram()).Program;
        var facts = new IrFacts(ir);
        facts["incident"] = new object?[] { true, 1_000_000m };
        facts["means"] = ir.Enums.Single(e => e.Name == "Means").Members.Single(m => m.Name == "medium");
        Assert.Throws<IrEvaluationException>(() => IrInterpreter.Evaluate(ir, facts, DateTimeOffset.UnixEpoch));
        var outcome = IrInterpreter.EvaluateValidParts(ir, facts, DateTimeOffset.UnixEpoch);
        Assert.Equal(IrStatus.Breached, outcome.Statuses[ir.FindRule("halt")!.Index]);
        Assert.Equal(IrStatus.NotApplicable, outcome.Statuses[ir.FindRule("broken_rule")!.Index]);
    }
}
