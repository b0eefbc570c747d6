using System.Text.Json.Nodes;

namespace Obligations.Emit.Tests;

public sealed class CliCommandTests
{
    private static string Example(params string[] parts) => Path.Combine([TestRules.RepoRoot, "examples", .. parts]);

    [Fact]
    public void TestCommandRunsEveryExampleScenario()
    {
        var (code, stdout, stderr) = CliRunner.Run("test", Path.Combine(TestRules.RepoRoot, "examples"));
        var last = stdout.TrimEnd().Split('\n').Last();
        Assert.True(code == 0, stdout + stderr);
        Assert.Matches(@"^\d+ passed, 0 failed$", last);
        Assert.NotEqual("0 passed, 0 failed", last);
    }

    [Fact]
    public void TestCommandReportsTheCaseRuleAndDifference()
    {
        var folder = Path.Combine(Path.GetTempPath(), "obl-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "set", "cases"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "set", "rules.obl"), "fact finished: bool\nmeasure m { done when finished }\nobligation o { standing\n must m }\n");
            File.WriteAllText(Path.Combine(folder, "set", "cases", "a.json"),
                """{ "now": "2024-01-01", "facts": { "finished": false }, "expect": { "rules": { "o": "complied" } } }""");
            var (code, stdout, _) = CliRunner.Run("test", folder);
            Assert.Equal(1, code);
            Assert.Contains("a.json: rule o: status expected complied, actual breached", stdout);
            Assert.EndsWith("0 passed, 1 failed", stdout.TrimEnd());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EvalTraceShowsEveryConditionWithSourcesAndPlaces()
    {
        var (code, stdout, stderr) = CliRunner.Run("eval", Example("data-breach"), "--facts", Example("data-breach", "cases", "authority-never-notified.json"), "--trace");
        Assert.True(code == 0, stderr);
        Assert.Contains("obligation notify_supervisory_authority: breached (deadline", stdout);
        Assert.Matches(@"\[holds\] when aware_of_breach at .*breach_notification\.obl\(\d+,\d+\)", stdout);
        Assert.Contains("[source: Art. 33(1) GDPR]", stdout);
    }

    [Fact]
    public void EvalExplainStartsWithASummaryAndShowsPlacesOnlyWhenVerbose()
    {
        string[] args = ["eval", Example("data-breach"), "--facts", Example("data-breach", "cases", "authority-never-notified.json"), "--explain"];
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("Rule set", stdout);
        Assert.Contains("\nSummary\n  Breached (", stdout.Replace("\r\n", "\n"));
        Assert.Contains("Source: Art. 33(1) GDPR", stdout);
        Assert.DoesNotContain(".obl(", stdout);
        var (_, verbose, _) = CliRunner.Run([.. args, "--verbose"]);
        Assert.Matches(@"Declared at .*breach_notification\.obl\(\d+,\d+\)", verbose);
    }

    [Fact]
    public void EvalJsonHasTheExpectShape()
    {
        var (code, stdout, _) = CliRunner.Run("eval", Example("data-breach"), "--facts", Example("data-breach", "cases", "authority-never-notified.json"),
            "--format", "json", "--now", "2024-06-10T12:00:00Z");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("2024-06-10T12:00:00Z", json["now"]!.GetValue<string>());
        Assert.Equal("breached", json["rules"]!["notify_supervisory_authority"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void EvalWithBadFactsNamesTheJsonPathAndNoStackTrace()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, File.ReadAllText(Example("data-breach", "cases", "authority-never-notified.json")).Replace("\"controller_aware\": true", "\"controller_aware\": \"yes\""));
        var (code, stdout, stderr) = CliRunner.Run("eval", Example("data-breach"), "--facts", file);
        File.Delete(file);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("$.facts.incident.controller_aware: expected true or false, found the string \"yes\"", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void SchemaDescribesTheFacts()
    {
        var (code, stdout, _) = CliRunner.Run("schema", Example("data-breach"));
        Assert.Equal(0, code);
        var schema = JsonNode.Parse(stdout)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal("#/$defs/PersonalDataBreach", schema["properties"]!["incident"]!["$ref"]!.GetValue<string>());
        Assert.Equal(3, schema["$defs"]!["RiskLevel"]!["enum"]!.AsArray().Count);
        Assert.Contains("incident", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
