using Obligations.Testing.Reference;
using Obligations.Testing.Situations;

namespace Obligations.Testing.Harness;

/// <summary>Every difference between the generated evaluator and a reference on one compiled rule set and situation.</summary>
public static class PairCheck
{
    public static IReadOnlyList<string> Differences(CompiledRuleSet compiled, IReferenceEvaluator reference, GeneratedSituation situation)
    {
        List<string> differences = [];
        if (compiled.Warnings is { } warnings) differences.Add("the generated C# has a warning: " + warnings);
        var comparison = DifferentialComparer.Compare(compiled, reference, situation);
        if (comparison.Kind == ComparisonKind.Differs) differences.AddRange(comparison.Differences);
        return differences;
    }

    /// <summary>A situation from a scenario file (<c>{ "now", "facts" }</c>), as <see cref="FailurePrinter"/> writes them.</summary>
    public static GeneratedSituation FromScenario(string scenarioJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(scenarioJson)!;
        return new GeneratedSituation(node["facts"]!.ToJsonString(), DateTimeOffset.Parse(node["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
