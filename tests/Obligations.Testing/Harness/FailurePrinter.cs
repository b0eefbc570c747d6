using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Obligations.Testing.Situations;

namespace Obligations.Testing.Harness;

/// <summary>
/// Prints a failing pair ready to paste into a regression case: the .obl text and a scenario JSON
/// (<c>{ "now", "facts" }</c>, which <c>oblc eval x.obl --facts x.json</c> reads), with the differences on top.
/// </summary>
public static class FailurePrinter
{
    public static string Print(string oblText, GeneratedSituation situation, IEnumerable<string> differences)
    {
        var text = new StringBuilder();
        text.Append("Differences:\n");
        foreach (var difference in differences) text.Append("  - ").Append(difference).Append('\n');
        text.Append("--- regression.obl\n").Append(oblText);
        text.Append("--- regression.json\n").Append(ScenarioJson(situation)).Append('\n');
        return text.ToString();
    }

    /// <summary>The situation as a scenario file without expectations.</summary>
    public static string ScenarioJson(GeneratedSituation situation)
    {
        var scenario = new JsonObject
        {
            ["now"] = situation.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["facts"] = JsonNode.Parse(situation.FactsJson),
        };
        return scenario.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
