using Obligations.Diagnostics;

namespace Obligations.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_the_docs_entry_of_a_code()
    {
        var (exit, stdout, stderr) = CliRunner.Run(CliRunner.Root, "explain", "obl1002");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("### OBL1002 — Undefined name", stdout);
        Assert.Contains("did you mean 'late'?", stdout);
        Assert.DoesNotContain("### OBL1003", stdout);
    }

    [Fact]
    public void Every_code_has_an_embedded_entry() =>
        Assert.All(DiagnosticDescriptors.All, d => Assert.NotNull(Obligations.Cli.Commands.ExplainCommand.Entry(d.Id)));

    [Fact]
    public void An_unknown_code_is_a_usage_error()
    {
        var (exit, stdout, stderr) = CliRunner.Run(CliRunner.Root, "explain", "OBL9998");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("not a diagnostic code", stderr);
    }
}
