namespace Obligations.Build.Tests;

/// <summary>
/// `dotnet build` of a project that lists .obl files as ObligationRules: the rules are compiled into the
/// project's own assembly, rule errors fail the build with file(line,col) and code, and an unchanged rule set
/// is not generated again.
/// </summary>
public sealed class BuildIntegrationTests(BuiltConsumerFixture fixture) : IClassFixture<BuiltConsumerFixture>
{
    private const string SkippedGeneration =
        "Skipping target \"ObligationsGenerate\" because all output files are up-to-date with respect to the input files.";

    [Fact]
    public void Rules_compile_into_the_consumer_assembly_and_evaluate()
    {
        Assert.True(fixture.FirstBuild.ExitCode == 0, fixture.FirstBuild.Output);
        Assert.Contains("oblc: generated", fixture.FirstBuild.Output);
        Assert.Contains("0 Warning(s)", fixture.FirstBuild.Output);
        Assert.Equal(
            "rule set: Consumer\nrefund_defective_goods: Breached (deadline 2024-05-15)\ndamages: Applies\n",
            fixture.NeverRefunded.Output.ReplaceLineEndings("\n"));
        Assert.Equal(1, fixture.NeverRefunded.ExitCode);
        Assert.Equal(
            "rule set: Consumer\nrefund_defective_goods: Complied (deadline 2024-05-15)\ndamages: NotTriggered\n",
            fixture.RefundedOnDay3.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, fixture.RefundedOnDay3.ExitCode);
    }

    [Fact]
    public void A_rule_error_fails_the_build_with_its_position_and_code()
    {
        using var copy = new ConsumerCopy();
        var rules = copy.RulePath(Path.Combine("shop", "returns.obl"));
        File.WriteAllText(rules, File.ReadAllText(rules).Replace("when order.customer_complained", "when order.customer_complaned"));

        var (exitCode, output) = copy.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(
            "rules/shop/returns.obl(16,16): error OBL1008: Record 'Order' has no field or member 'customer_complaned'; did you mean 'customer_complained'?",
            output.Replace('\\', '/'));
        // MSBuild counts the compiler's error, and adds no "exited with code" error of its own.
        Assert.Contains("1 Error(s)", output);
        Assert.DoesNotContain("MSB6006", output);
        Assert.False(File.Exists(copy.GeneratedFile));
    }

    [Fact]
    public void An_unchanged_rule_set_is_not_generated_again_and_clean_removes_the_output()
    {
        Assert.True(fixture.FirstBuild.ExitCode == 0, fixture.FirstBuild.Output);
        var copy = fixture.Copy;

        var second = copy.Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains(SkippedGeneration, second.Output);
        Assert.DoesNotContain("oblc: generated", second.Output);
        Assert.Equal(fixture.GeneratedAfterFirstBuild, File.GetLastWriteTimeUtc(copy.GeneratedFile));

        // An edited rule file is generated again.
        File.SetLastWriteTimeUtc(copy.RulePath(Path.Combine("shop", "facts.obl")), DateTime.UtcNow);
        var third = copy.Build();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Contains("oblc: generated", third.Output);
        Assert.True(File.GetLastWriteTimeUtc(copy.GeneratedFile) > fixture.GeneratedAfterFirstBuild);

        var clean = copy.Clean();
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(File.Exists(copy.GeneratedFile));
    }
}
