using System.Text.Json;
using System.Text.RegularExpressions;

namespace Obligations.Cli.Tests.Cases;

/// <summary>
/// <c>oblc cases generate</c> on each example (a copy of its rules, without its cases): the generated cases pass
/// <c>oblc test</c>, together they reach every status the command does not list as unreachable, and each case
/// demonstrates a status it really has.
/// </summary>
public sealed class CasesGenerateTests
{
    [Theory]
    [InlineData("vulnerability-disclosure")]
    [InlineData("data-breach")]
    [InlineData("harm-prevention")]
    public void Generated_cases_pass_and_reach_every_reachable_status(string example)
    {
        var work = Directory.CreateTempSubdirectory("obl-cases").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.Root, "examples", example), "*.obl"))
                File.Copy(file, Path.Combine(work, Path.GetFileName(file)));
            var (exit, stdout, stderr) = CliRunner.Run(work, "cases", "generate", ".", "-o", "cases");
            Assert.True(exit == 0, stderr + stdout);
            var files = Directory.GetFiles(Path.Combine(work, "cases"), "*.json");
            Assert.NotEmpty(files);
            var summary = Regex.Match(stdout, @"(\d+) cases reach (\d+) of (\d+) statuses; (\d+) unreachable, (\d+) not decided");
            Assert.True(summary.Success, stdout);
            Assert.Equal(files.Length, int.Parse(summary.Groups[1].Value));

            var reached = new HashSet<string>();
            foreach (var file in files)
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var expect = json.RootElement.GetProperty("expect");
                var statuses = expect.GetProperty("rules").EnumerateObject().Concat(expect.GetProperty("consequences").EnumerateObject())
                    .Select(p => $"{p.Name} {p.Value.GetString()}").ToHashSet();
                var description = json.RootElement.GetProperty("description").GetString()!;
                // Every status a case claims to demonstrate is one its expectation (from the evaluator) gives.
                foreach (var claim in description["Demonstrates ".Length..].TrimEnd('.').Split(", "))
                    Assert.Contains(claim, statuses);
                reached.UnionWith(statuses);
            }
            Assert.Equal(int.Parse(summary.Groups[2].Value), reached.Count);
            var unreachable = Regex.Matches(stdout, @"^\w+ (\w+): (\w+) is unreachable", RegexOptions.Multiline);
            foreach (Match m in unreachable) Assert.DoesNotContain($"{m.Groups[1].Value} {m.Groups[2].Value}", reached);

            var (testExit, testOut, _) = CliRunner.Run(work, "test", ".");
            Assert.Equal(0, testExit);
            Assert.EndsWith($"{files.Length} passed, 0 failed", testOut.TrimEnd());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Missing_output_option_is_a_usage_error()
    {
        var (exit, _, _) = CliRunner.Run(CliRunner.Root, "cases", "generate", "examples/data-breach");
        Assert.Equal(2, exit);
    }
}
