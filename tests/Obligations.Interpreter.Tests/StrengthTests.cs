using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Interpreter.Tests;

/// <summary>
/// Normative strength through the IR: non-settled rules are not_met where settled ones are breached, settled rules
/// that apply only through non-settled criteria (also through a nested threshold, and a prohibition's act) are
/// contested, and consequences follow binding breaches plus the rules they opt into with <c>on not_met of</c>.
/// </summary>
public sealed class StrengthTests
{
    private const string Rules = """
        record Op { sov: bool force: bool acted: bool own: bool }
        fact op: Op
        party a
        threshold inner any of {
            criterion force: op.force
            criterion sovereignty: op.sov strength contested
        }
        threshold outer any of { criterion via_inner: inner }
        measure act "Act" { done when op.acted }
        measure interfere "Interfere" { done when op.own and outer }
        obligation prevent { holder a  when outer  must act }
        obligation warn { strength emerging  holder a  when outer  must act }
        prohibition refrain { holder a  standing  must not interfere }
        prohibition refrain_proposed { strength proposed  holder a  standing  must not interfere }
        consequence binding_only { kind responsibility  on breach of any }
        consequence opted_in { kind responsibility  on not_met of warn }
        """;

    private static readonly Lazy<Runtime.Hosting.EvaluatorHost> s_host =
        new(() => ExampleRuleSets.Load(Compilation.Parse([new SourceText("strength.obl", Rules)])));

    [Theory]
    [InlineData(false, true, false, false, "contested", "not_met", "complied", "complied", "not_triggered", "applies")]
    [InlineData(true, true, false, false, "breached", "not_met", "complied", "complied", "applies", "applies")]
    [InlineData(true, false, true, false, "complied", "complied", "complied", "complied", "not_triggered", "not_triggered")]
    [InlineData(false, true, true, true, "complied", "complied", "contested", "not_met", "not_triggered", "not_triggered")]
    [InlineData(true, false, true, true, "complied", "complied", "breached", "not_met", "applies", "not_triggered")]
    [InlineData(false, false, false, true, "not_applicable", "not_applicable", "complied", "complied", "not_triggered", "not_triggered")]
    public void Statuses_follow_strength(bool force, bool sov, bool acted, bool own,
        string prevent, string warn, string refrain, string refrainProposed, string bindingOnly, string optedIn)
    {
        var compilation = Compilation.Parse([new SourceText("strength.obl", Rules)]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var ir = IrLowering.Lower(compilation.GetBoundProgram()).Program;
        var json = JsonSerializer.Serialize(new { op = new { sov, force, acted, own } });
        using var document = JsonDocument.Parse(json);
        var outcome = IrInterpreter.Evaluate(ir, IrFactsReader.Read(ir, document.RootElement, "$"), DateTimeOffset.UnixEpoch);
        string Rule(string name) => Runtime.StatusNames.Of((Runtime.RuleStatus)(int)outcome.Statuses[ir.FindRule(name)!.Index]);
        string Consequence(string name) => Runtime.StatusNames.Of((Runtime.ConsequenceStatus)(int)outcome.Consequences[ir.Consequences.Single(c => c.Name == name).Index]);
        Assert.Equal([prevent, warn, refrain, refrainProposed, bindingOnly, optedIn],
            [Rule("prevent"), Rule("warn"), Rule("refrain"), Rule("refrain_proposed"), Consequence("binding_only"), Consequence("opted_in")]);

        // The generated evaluator agrees (the emitter reads the same decision tables and settled views).
        var host = s_host.Value;
        var result = host.Evaluate(host.ReadFacts(document.RootElement, "$"), DateTimeOffset.UnixEpoch);
        foreach (var rule in ir.Rules) Assert.Equal(outcome.Statuses[rule.Index].ToString(), result.Rules[rule.Index].Status.ToString());
        foreach (var c in ir.Consequences) Assert.Equal(outcome.Consequences[c.Index].ToString(), result.Consequences[c.Index].ToString());
    }
}
