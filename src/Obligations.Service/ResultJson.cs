using System.Text.Json;
using Obligations.Runtime;

namespace Obligations.Service;

/// <summary>
/// The service's JSON: a result as <c>{"ruleSet","now","rules":{"r":{"status","deadline"}},"consequences":{"c":{"status"}}}</c>
/// (the shape of <c>oblc eval --format json</c> without explanations), an error as <c>{"error":{"path","message"}}</c>.
/// </summary>
public static class ResultJson
{
    public static void WriteResult(Utf8JsonWriter json, EvaluationResult result)
    {
        json.WriteStartObject();
        json.WriteString("ruleSet", result.RuleSet.Name);
        json.WriteString("now", DateText.Format(result.Now));
        json.WriteStartObject("rules");
        for (var i = 0; i < result.Rules.Length; i++)
        {
            json.WriteStartObject(result.RuleSet.Rules[i].Name);
            json.WriteString("status", StatusNames.Of(result.Rules[i].Status));
            if (result.Rules[i].Deadline is { } deadline) json.WriteString("deadline", DateText.Format(deadline));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("consequences");
        for (var i = 0; i < result.Consequences.Length; i++)
        {
            json.WriteStartObject(result.RuleSet.Consequences[i].Name);
            json.WriteString("status", StatusNames.Of(result.Consequences[i]));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter json, string path, string message)
    {
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("path", path);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
