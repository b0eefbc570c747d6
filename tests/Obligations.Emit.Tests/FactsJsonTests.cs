using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Emit.Tests;

public sealed class FactsJsonTests
{
    private static readonly Lazy<EvaluatorHost> s_host = new(() => TestRules.Load("""
        enum Category { economic, infrastructure, espionage }
        record Operation {
            categories: set of Category
            loss: money USD
            lasted: duration
            started: date
            count: int
        }
        fact operation: Operation
        fact urgent: bool
        trigger t when urgent and economic in operation.categories
        """));

    private const string Valid = """
        { "operation": { "categories": ["economic", "espionage"], "loss": 12.5, "lasted": "72 hours",
                         "started": "2024-05-01", "count": 3 }, "urgent": true }
        """;

    [Fact]
    public void ValidFactsAreRead()
    {
        var result = s_host.Value.Evaluate(Valid, DateTimeOffset.UnixEpoch);
        Assert.Equal(Runtime.ConditionValue.True, result.Conditions[0]);
    }

    [Theory]
    [InlineData("\"economic\", \"espionage\"", "\"economic\", \"espionage\", \"sabotage\"", "$.operation.categories[2]", "one of \"economic\", \"infrastructure\", \"espionage\"")]
    [InlineData("\"loss\": 12.5", "\"loss\": \"12.5\"", "$.operation.loss", "an amount in USD (a number)")]
    [InlineData("\"72 hours\"", "\"3 fortnights\"", "$.operation.lasted", "a duration such as \"72 hours\"")]
    [InlineData("\"2024-05-01\"", "\"01/05/2024\"", "$.operation.started", "a date such as \"2024-05-01\"")]
    [InlineData("\"count\": 3", "\"count\": 3.5", "$.operation.count", "a whole number")]
    [InlineData(", \"count\": 3", "", "$.operation.count", "missing; expected a whole number")]
    [InlineData("\"urgent\": true", "\"urgent\": true, \"urgnet\": false", "$.urgnet", "unknown name")]
    [InlineData("\"urgent\": true", "\"urgent\": null", "$.urgent", "expected true or false, found null")]
    public void WrongFactsNameTheirJsonPath(string replace, string with, string path, string message)
    {
        var e = Assert.Throws<FactsJsonException>(() => s_host.Value.ReadFacts(Valid.Replace(replace, with)));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void MalformedJsonIsAnErrorAtTheValueBeingRead()
    {
        var e = Assert.Throws<FactsJsonException>(() => s_host.Value.ReadFacts("{ \"urgent\": tru }"));
        // The path is the value being read when the text stopped being JSON.
        Assert.Equal("$.urgent", e.JsonPath);
        Assert.Contains("not valid JSON (line 1", e.Message);
    }

    [Fact]
    public void ScenarioFilesNameTheFactsPath()
    {
        var json = "{ \"now\": \"2024-05-06T12:00:00Z\", \"facts\": " + Valid.Replace("\"economic\", \"espionage\"", "\"economic\", 7") + " }";
        var e = Assert.Throws<FactsJsonException>(() => Obligations.Cli.Evaluation.FactsFile.Read(json, s_host.Value));
        Assert.Equal("$.facts.operation.categories[1]", e.JsonPath);
    }
}
