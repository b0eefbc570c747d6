using Obligations.Runtime.Json;

namespace Obligations.Emit.Tests;

/// <summary>A misspelt enum value or field name in JSON facts gets a "did you mean", naming the JSON path.</summary>
public sealed class FactsSuggestionTests
{
    private static readonly Lazy<Obligations.Runtime.Hosting.EvaluatorHost> s_host =
        new(() => TestRules.Load(TestRules.ParseFolder(Path.Combine(TestRules.RepoRoot, "examples", "data-breach"))));

    private static string Facts(Func<string, string> edit) =>
        edit(System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestRules.RepoRoot, "examples", "data-breach", "cases", "authority-never-notified.json")))
            .RootElement.GetProperty("facts").GetRawText());

    [Fact]
    public void Misspelt_enum_value_is_suggested()
    {
        var json = Facts(f => f.Replace("\"high_risk\"", "\"high_rsk\""));
        var e = Assert.Throws<FactsJsonException>(() => s_host.Value.ReadFacts(json));
        Assert.Contains("$.incident.risk", e.Message);
        Assert.EndsWith("did you mean 'high_risk'?", e.Message);
    }

    [Fact]
    public void Misspelt_field_is_suggested()
    {
        var json = Facts(f => f.Replace("\"documented\"", "\"documentd\""));
        var e = Assert.Throws<FactsJsonException>(() => s_host.Value.ReadFacts(json));
        Assert.EndsWith("did you mean 'documented'?", e.Message);
    }
}
