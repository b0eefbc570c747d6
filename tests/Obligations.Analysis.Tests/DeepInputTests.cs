using System.Text;
using Obligations.Semantics;
using Obligations.Text;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// The encoder reads named values once each, in the IR's dependency order: long define chains, matches whose arms
/// reach defines that contain matches, and definition cycles neither overflow the stack nor end in an internal
/// error, and a contradiction at the end of a long chain is still found.
/// </summary>
public sealed class DeepInputTests
{
    private const string Header = """
        fact x: int source "x"
        party p "P" source "x"
        measure m "M" source "x" { done when x = 0 }
        consequence penalty source "x" { kind penalty on breach of any }

        """;

    private static string Rules(string condition) => $$"""
        obligation must_m source "x" {
            holder p
            when {{condition}}
            must m
        }
        prohibition must_not_m source "x" {
            holder p
            when {{condition}}
            must not m
        }
        """;

    [Fact]
    public void A_contradiction_at_the_end_of_a_long_define_chain_is_found()
    {
        const int length = 2000;
        var text = new StringBuilder(Header);
        text.AppendLine("define d0: int source \"x\" = x");
        for (var i = 1; i < length; i++) text.AppendLine($"define d{i}: int source \"x\" = d{i - 1} + 1");
        text.Append(Rules($"d{length - 1} > {length + 5}"));
        var diagnostics = Analyse(text.ToString());
        Assert.DoesNotContain(diagnostics, d => d.Id == "OBL9002");
        Assert.Contains(diagnostics, d => d.Id == "OBL3011");
    }

    [Fact]
    public void Matches_reaching_defines_with_matches_are_encoded()
    {
        const int length = 300;
        var text = new StringBuilder(Header);
        text.AppendLine("define v0: int source \"x\" = x");
        for (var i = 1; i < length; i++)
            text.AppendLine($"define v{i}: int source \"x\" = match {{ when v{i - 1} > 0 => v{i - 1} + 1 else => v{i - 1} - 1 }}");
        text.Append(Rules($"v{length - 1} > 1000"));
        var diagnostics = Analyse(text.ToString());
        Assert.DoesNotContain(diagnostics, d => d.Id == "OBL9002");
        Assert.Contains(diagnostics, d => d.Id == "OBL3011");
    }

    [Fact]
    public void A_definition_cycle_gives_no_verdict_and_no_internal_error()
    {
        var text = Header + """
            define a: int source "x" = b + 1
            define b: int source "x" = a + 1

            """ + Rules("a > 3");
        var diagnostics = Analyse(text);
        Assert.DoesNotContain(diagnostics, d => d.Id is "OBL9002" or "OBL3011" or "OBL3014" or "OBL3016");
    }

    private static List<Diagnostics.Diagnostic> Analyse(string text)
    {
        var compilation = Compilation.Parse([new SourceText("deep.obl", text)]);
        return [.. AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default with { UseConfigurationFiles = false })];
    }
}
