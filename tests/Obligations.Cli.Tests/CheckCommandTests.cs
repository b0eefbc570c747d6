using System.Text.Json;
using System.Text.RegularExpressions;

namespace Obligations.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Example_checks_clean_with_exit_code_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run(CliRunner.Root, "check", "examples/harm-prevention");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("0 error(s)", stdout);
    }

    [Fact]
    public void Broken_copy_of_an_example_reports_every_error_with_code_and_position()
    {
        var source = File.ReadAllText(Path.Combine(CliRunner.Root, "examples", "data-breach", "breach_notification.obl"));
        var lines = source.Split('\n').ToList();
        // Three independent faults on known lines: a stray character, an undefined name, a unit mismatch.
        var first = lines.FindIndex(l => l.TrimStart().StartsWith("obligation ", StringComparison.Ordinal));
        lines.Insert(first, "define broken_sum = 1 USD + 2 hours");
        lines.Insert(first, "trigger broken_trigger when no_such_fact");
        lines.Insert(first, "fact broken_fact: bool #");
        File.WriteAllText(Path.Combine(_dir, "broken.obl"), string.Join('\n', lines));

        var (exit, stdout, _) = CliRunner.Run(_dir, "check", "broken.obl");

        Assert.Equal(1, exit);
        Assert.Contains($"broken.obl({first + 1},{"fact broken_fact: bool #".IndexOf('#') + 1}): error OBL0001: Unexpected character '#'", stdout);
        Assert.Contains($"broken.obl({first + 2},{"trigger broken_trigger when no_such_fact".IndexOf("no_such") + 1}): error OBL1002: 'no_such_fact' is not defined", stdout);
        Assert.Contains($"broken.obl({first + 3},{"define broken_sum = 1 USD + 2 hours".IndexOf('+') + 1}): error OBL2004:", stdout);
        Assert.All(stdout.Split('\n').Where(l => l.Contains("): ")), line =>
            Assert.Matches(new Regex(@"^broken\.obl\(\d+,\d+\): (error|warning|info) OBL\d{4}: .+$"), line.TrimEnd()));
        Assert.Contains("3 error(s)", stdout);
    }

    [Fact]
    public void Json_format_lists_diagnostics_with_positions()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), "fact x: nothing\n");
        var (exit, stdout, _) = CliRunner.Run(_dir, "check", ".", "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("OBL1007", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(9, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0_with_rules_and_regions()
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), "fact x: bool\nfact x: int\n");
        var (exit, stdout, _) = CliRunner.Run(_dir, "check", "a.obl", "--format", "sarif");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("OBL1001", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
        var result = run.GetProperty("results")[0];
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(6, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(1, result.GetProperty("relatedLocations").GetArrayLength());
    }

    [Theory]
    [InlineData("check", "no-such-folder")]
    [InlineData("check", "--format", "xml", "x.obl")]
    [InlineData("frobnicate")]
    public void Usage_and_io_errors_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(_dir, args);
        Assert.Equal(2, exit);
        Assert.StartsWith("oblc:", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public void Help_lists_the_check_command()
    {
        var (exit, stdout, _) = CliRunner.Run(_dir, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("check", stdout);
    }

    [Fact]
    public void Binary_garbage_yields_diagnostics_not_a_crash()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(_dir, "garbage.obl"), bytes);
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "garbage.obl");
        Assert.Equal(1, exit);
        Assert.Contains("error OBL", stdout);
        Assert.Equal(string.Empty, stderr);
    }
}
