using System.Text;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Interpreter.Tests;

/// <summary>Lowering and interpretation handle inputs whose depth the author decides, without recursion through them.</summary>
public sealed class DeepInputTests
{
    private static IrProgram Lower(string text) =>
        IrLowering.Lower(Compilation.Parse([new SourceText("main.obl", text)]).GetBoundProgram()).Program;

    [Fact]
    public void A_chain_of_ten_thousand_defines_lowers_in_order_and_evaluates()
    {
        var text = new StringBuilder("fact start: int\n");
        for (var i = 0; i < 10_000; i++) text.AppendLine($"define d{i}: int = {(i == 0 ? "start" : $"d{i - 1}")} + 1");
        text.AppendLine("trigger big when d9999 > 10000");
        var ir = Lower(text.ToString());
        Assert.Empty(ir.Problems);
        var facts = new IrFacts(ir) { ["start"] = 5L };
        var value = IrInterpreter.Evaluate(ir, facts, DateTimeOffset.UnixEpoch, new IrValueReference(ir.Values.Single(v => v.Name == "big"), ir.Values[0].Source));
        Assert.Equal(true, value);
        Assert.True(ir.Values.Single(v => v.Name == "d0").Index < ir.Values.Single(v => v.Name == "d9999").Index);
    }

    [Fact]
    public void Values_in_a_definition_cycle_are_invalid_and_evaluating_them_is_an_error_not_a_crash()
    {
        var ir = Lower("""
            define x: bool = y
            define y: bool = x
            trigger t when x
            party p
            obligation o {
                holder p
                when t
                must m
            }
            measure m "M" {
                done when true
            }
            """);
        Assert.Contains(ir.Problems, p => p.Contains("'x' is part of a definition cycle"));
        Assert.IsType<IrInvalid>(ir.Values.Single(v => v.Name == "x").Body);
        var error = Assert.Throws<IrEvaluationException>(() => IrInterpreter.Evaluate(ir, new IrFacts(ir), DateTimeOffset.UnixEpoch));
        Assert.Contains("definition cycle", error.Message);
    }

    [Fact]
    public void A_long_and_chain_is_one_logical_node()
    {
        var text = "fact f: bool\ntrigger t when " + string.Join(" and ", Enumerable.Repeat("f", 500)) + "\n";
        var ir = Lower(text);
        var body = Assert.IsType<IrLogical>(ir.Values.Single(v => v.Name == "t").Body);
        Assert.Equal(500, body.Operands.Length);
    }
}
