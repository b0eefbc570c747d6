using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Obligations.Analysis.Solving;

namespace Obligations.Cli.Cases;

/// <summary>Writes generated cases as scenario files (<c>description</c>, <c>now</c>, <c>facts</c>, <c>expect</c>), named after what they demonstrate.</summary>
public static partial class CaseFileWriter
{
    public static string ToJson(GeneratedCase generated)
    {
        var input = JsonNode.Parse(generated.Input)!.AsObject();
        var rules = new JsonObject();
        foreach (var (name, status) in generated.Rules) rules[name] = status;
        var consequences = new JsonObject();
        foreach (var (name, status) in generated.Consequences) consequences[name] = status;
        var root = new JsonObject
        {
            ["description"] = generated.Description,
            ["now"] = input["now"]!.DeepClone(),
            ["facts"] = input["facts"]!.DeepClone(),
            ["expect"] = new JsonObject { ["rules"] = rules, ["consequences"] = consequences },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static string FileName(int index, GeneratedCase generated)
    {
        var slug = NotName().Replace(generated.Demonstrates[0].ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return $"generated-{index + 1:00}-{slug}.json";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotName();
}
