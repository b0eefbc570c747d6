using System.Text.Json;

namespace Obligations.Cli.Tests.Coverage;

/// <summary>
/// <c>oblc test --coverage</c> on the examples: the whole text report is a baseline
/// (Baselines/Coverage/&lt;example&gt;.txt), and the headline figures are asserted here as well, so a change in
/// coverage shows up as a named figure and not only as a diff.
/// </summary>
public sealed class ExampleCoverageTests
{
    [Theory]
    [InlineData("vulnerability-disclosure")]
    [InlineData("data-breach")]
    [InlineData("harm-prevention")]
    public void Text_report_matches_its_baseline(string example)
    {
        var (exit, stdout, stderr) = CliRunner.Run(CliRunner.Root, "test", $"examples/{example}", "--coverage");
        Assert.True(exit == 0, stdout + stderr);
        CoverageBaseline.Verify(example + ".txt", stdout);
    }

    [Theory]
    [InlineData("vulnerability-disclosure", 8, 19, 28, 11, 14)]
    [InlineData("data-breach", 11, 46, 54, 20, 25)]
    public void Json_report_gives_the_examples_figures(string example, int cases, int outcomes, int outcomesTotal, int statuses, int statusesTotal)
    {
        var output = Path.Combine(Path.GetTempPath(), $"oblc-coverage-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run(CliRunner.Root, "test", $"examples/{example}", "--coverage-format", "json", "--coverage-output", output);
            Assert.True(exit == 0, stdout + stderr);
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            var ruleSet = json.RootElement.GetProperty("ruleSets")[0];
            Assert.Equal(cases, ruleSet.GetProperty("cases").GetInt32());
            Assert.Equal(outcomes, ruleSet.GetProperty("conditions").GetProperty("covered").GetInt32());
            Assert.Equal(outcomesTotal, ruleSet.GetProperty("conditions").GetProperty("total").GetInt32());
            Assert.Equal(statuses, ruleSet.GetProperty("statuses").GetProperty("covered").GetInt32());
            Assert.Equal(statusesTotal, ruleSet.GetProperty("statuses").GetProperty("total").GetInt32());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Retention_rules_report_the_statuses_they_never_reached()
    {
        var (_, stdout, _) = CliRunner.Run(CliRunner.Root, "test", "examples/vulnerability-disclosure", "--coverage");
        Assert.Contains("  obligation retain_for_national_security: not_applicable 4, complied 2, excused 2; never not_met\n", stdout.Replace("\r\n", "\n"));
        Assert.Contains("  obligation review_retention_decision: not_applicable 4, pending 1, excused 2, not_met 1; never complied\n", stdout.Replace("\r\n", "\n"));
    }
}
