using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Runtime;

namespace Obligations.Interpreter.Tests;

/// <summary>
/// Every scenario case of the examples, evaluated by the IR interpreter, gives the outcome the case expects; and
/// the interpreter and the generated evaluator agree on every rule's status and deadline and every consequence.
/// </summary>
public sealed class ExampleCaseTests
{
    public static IEnumerable<object[]> Cases => ExampleRuleSets.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Interpreter_gives_the_expected_outcome_and_agrees_with_the_generated_evaluator(string example, string caseFile)
    {
        var folder = Path.Combine(ExampleRuleSets.RepoRoot, "examples", example);
        var (compilation, host) = ExampleRuleSets.Get(folder);
        var ir = IrLowering.Lower(compilation.GetBoundProgram()).Program;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "cases", caseFile)));
        var root = document.RootElement;
        var now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var outcome = IrInterpreter.Evaluate(ir, IrFactsReader.Read(ir, root.GetProperty("facts"), "$.facts"), now);

        var expect = root.GetProperty("expect");
        if (expect.TryGetProperty("rules", out var rules))
            foreach (var rule in rules.EnumerateObject())
                Assert.True(StatusName(outcome.Statuses[ir.FindRule(rule.Name)!.Index]) == rule.Value.GetString(),
                    $"{example}/{caseFile}: rule {rule.Name} expected {rule.Value.GetString()}, interpreted {StatusName(outcome.Statuses[ir.FindRule(rule.Name)!.Index])}");
        if (expect.TryGetProperty("consequences", out var consequences))
            foreach (var c in consequences.EnumerateObject())
            {
                var index = ir.Consequences.Single(k => k.Name == c.Name).Index;
                Assert.Equal(c.Value.GetString(), StatusNames.Of((ConsequenceStatus)(int)outcome.Consequences[index]));
            }

        var result = host.Evaluate(host.ReadFacts(root.GetProperty("facts"), "$.facts"), now);
        foreach (var rule in ir.Rules)
        {
            Assert.Equal(result.Rules[rule.Index].Status.ToString(), outcome.Statuses[rule.Index].ToString());
            Assert.Equal(result.Rules[rule.Index].Deadline, outcome.Deadlines[rule.Index]);
        }
        foreach (var c in ir.Consequences)
            Assert.Equal(result.Consequences[c.Index].ToString(), outcome.Consequences[c.Index].ToString());
    }

    [Fact]
    public void Ir_statuses_and_consequence_statuses_are_the_runtimes_in_name_and_order()
    {
        Assert.Equal(Enum.GetNames<RuleStatus>(), Enum.GetNames<IrStatus>());
        Assert.Equal(Enum.GetNames<ConsequenceStatus>(), Enum.GetNames<IrConsequenceStatus>());
        Assert.Equal(Enum.GetNames<Runtime.Metadata.ConditionKind>(), Enum.GetNames<IrConditionKind>());
    }

    private static string StatusName(IrStatus status) => StatusNames.Of((RuleStatus)(int)status);
}
