namespace Obligations.Cli.Tests;

/// <summary>Exit codes mean what they say: 1 is rule errors, 3 is a bug in oblc, and a bug never prints a stack trace unasked.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-exit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Dictionary<string, string> s_crash = new() { ["OBLC_TEST_INTERNAL_ERROR"] = "1" };

    [Fact]
    public void An_exception_inside_a_command_is_exit_3_with_one_line_and_no_stack_trace()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        var (exit, stdout, stderr) = CliProcess.Run(_dir, s_crash, "check", "a.obl");
        Assert.True(exit == 3, $"exit {exit}: {stdout}{stderr}");
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("oblc: internal error OBL9001: InvalidOperationException:", lines[0]);
        Assert.Contains("please report it", lines[0]);
        Assert.Contains("--verbose", lines[0]);
        Assert.DoesNotContain("Unhandled exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_and_keeps_exit_3()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        var (exit, _, stderr) = CliProcess.Run(_dir, s_crash, "check", "a.obl", "--verbose");
        Assert.Equal(3, exit);
        Assert.Contains("   at Obligations.Cli.CompilationLoader.ThrowIfTestCrashRequested", stderr);
    }

    [Fact]
    public void Verbose_is_accepted_by_every_command_when_nothing_fails()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "a.obl", "--verbose");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Theory]
    [InlineData("2000000 weeks", "The duration '2000000 weeks' is out of range: durations can be at most 1525028 weeks")]
    [InlineData("99999999999999999999 days", "The duration '99999999999999999999 days' is out of range")]
    [InlineData("16000000000 minutes", "The duration '16000000000 minutes' is out of range")]
    public void A_duration_literal_too_large_is_OBL2090_naming_the_value(string within, string message)
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline(within));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "a.obl");
        Assert.True(exit == 1, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("error OBL2090: " + message, stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void The_largest_duration_literal_is_accepted()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("1525028 weeks"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "a.obl");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void A_whole_number_literal_beyond_64_bits_is_OBL2090()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.Order + "\ndefine big: int = 9223372036854775808\n");
        var (exit, stdout, _) = CliRunner.Run(_dir, "check", "a.obl");
        Assert.Equal(1, exit);
        Assert.Contains("error OBL2090: The whole number '9223372036854775808' is out of range", stdout);
    }

    [Fact]
    public void A_deadline_past_year_9999_is_an_evaluation_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("1500000 weeks"));
        File.WriteAllText(Path.Combine(_dir, "case.json"), RuleSources.Facts("9000-01-01"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "eval", "a.obl", "--facts", "case.json");
        Assert.True(exit == 1, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("oblc: evaluation failed: ", stderr);
        Assert.Contains("outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("\"99999999999999999999999999999 days\"")]
    [InlineData("\"٣ days\"")]
    public void A_duration_fact_out_of_range_or_in_other_digits_is_refused_with_its_path(string duration)
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.Order + "\nfact wait: duration\n" + RuleSources.WithDeadline("14 days")[RuleSources.Order.Length..]);
        File.WriteAllText(Path.Combine(_dir, "case.json"), RuleSources.Facts("2024-01-01").Replace("\"facts\": {", $"\"facts\": {{ \"wait\": {duration},"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "eval", "a.obl", "--facts", "case.json");
        Assert.True(exit == 2, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("$.facts.wait: expected a duration", stderr);
    }
}
