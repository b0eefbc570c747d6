using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;

namespace Obligations.Emit.Tests;

/// <summary>oblc build writes an evaluator assembly that a separate program loads and evaluates through the host API.</summary>
public sealed class BuildAndHostTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "obl-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    [Fact]
    public void BuiltAssemblyIsLoadedAndEvaluatedThroughTheHost()
    {
        var dll = Path.Combine(_output, "DataBreach.dll");
        var (code, stdout, stderr) = CliRunner.Run("build", Path.Combine(TestRules.RepoRoot, "examples", "data-breach"), "-o", dll,
            "--namespace", "Acme.Rules", "--emit-cs", Path.Combine(_output, "cs"));
        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(_output, "Obligations.Runtime.dll")));
        Assert.Contains("namespace Acme.Rules;", File.ReadAllText(Path.Combine(_output, "cs", "RulesEvaluator.g.cs")));

        var context = new AssemblyLoadContext("host-test", isCollectible: true);
        var host = EvaluatorHost.Load(dll, context);
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(TestRules.RepoRoot, "examples", "data-breach", "cases", "authority-notified-late-with-reasons.json")))!;
        var result = host.Evaluate(scenario["facts"]!.ToJsonString(), DateTimeOffset.Parse("2024-06-10T12:00:00Z"));
        Assert.Equal("DataBreach", host.RuleSet.Name);
        Assert.Equal(RuleStatus.Breached, result.StatusOf("notify_supervisory_authority"));
        Assert.Equal(DateTimeOffset.Parse("2024-06-06T10:00:00Z"), result.DeadlineOf("notify_supervisory_authority"));
        Assert.Equal(ConsequenceStatus.Applies, result.StatusOfConsequence("administrative_fine"));
        var reasons = result.Explain().Rules.Single(r => r.Rule.Name == "notify_supervisory_authority").Reasons;
        Assert.Contains(reasons, r => r.Condition.Citation == "Art. 33(1) GDPR" && r.Condition.Span.Path.EndsWith("breach_notification.obl"));
        Assert.Equal("Acme.Rules.Facts", host.Evaluator.FactsType.FullName);
        context.Unload();
    }

    [Fact]
    public void BuildWithRuleErrorsWritesNothing()
    {
        var source = Path.Combine(_output, "bad.obl");
        Directory.CreateDirectory(_output);
        File.WriteAllText(source, "fact x: bool\ntrigger t when x + 1\n");
        var dll = Path.Combine(_output, "Bad.dll");
        var (code, stdout, _) = CliRunner.Run("build", source, "-o", dll);
        Assert.Equal(1, code);
        Assert.Matches(@"bad\.obl\(2,\d+\): error OBL2\d{3}", stdout);
        Assert.False(File.Exists(dll));
    }

    [Fact]
    public void NotAnEvaluatorAssemblyIsAClearError()
    {
        var e = Assert.Throws<EvaluatorLoadException>(() => EvaluatorHost.FromAssembly(typeof(BuildAndHostTests).Assembly));
        Assert.Contains("is not an evaluator assembly", e.Message);
    }
}
