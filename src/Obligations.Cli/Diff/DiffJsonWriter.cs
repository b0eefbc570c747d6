using System.Text.Json;
using System.Text.Json.Nodes;
using Obligations.Analysis.Solving;

namespace Obligations.Cli.Diff;

/// <summary>
/// <c>oblc diff --format json</c>: <c>{ "changed": bool, "summary": {…}, "entries": [ { "kind", "old", "new",
/// "verdict", "matchedBy", "before", "after", "situation" | "oldSituation"+"newSituation", "responsible", "reason" } ], "notes" }</c>.
/// Situations are scenario input objects (<c>now</c>, <c>facts</c>), ready to save as a case file.
/// </summary>
public static class DiffJsonWriter
{
    public static void Write(TextWriter output, DiffReport report)
    {
        var entries = new JsonArray();
        foreach (var e in report.Entries)
        {
            var entry = new JsonObject
            {
                ["kind"] = e.Kind,
                ["old"] = e.OldName,
                ["new"] = e.NewName,
                ["verdict"] = DiffTextWriter.Verdict(e.Verdict).Replace(' ', '_'),
            };
            if (e.MatchedBy is not null) entry["matchedBy"] = e.MatchedBy;
            if (e.Situation is { } s)
            {
                entry["before"] = e.OldStatus;
                entry["after"] = e.NewStatus;
                if (s.SameInput) entry["situation"] = JsonNode.Parse(s.Input);
                else
                {
                    entry["oldSituation"] = JsonNode.Parse(s.OldInput);
                    entry["newSituation"] = JsonNode.Parse(s.NewInput);
                }
                entry["responsible"] = new JsonArray([.. e.Responsible.Select(r => (JsonNode)JsonValue.Create(r)!)]);
            }
            if (e.Reason is not null) entry["reason"] = e.Reason;
            entries.Add(entry);
        }
        var root = new JsonObject
        {
            ["changed"] = report.HasChanges,
            ["summary"] = new JsonObject
            {
                ["changed"] = report.Count(DiffVerdict.Changed),
                ["added"] = report.Count(DiffVerdict.Added),
                ["removed"] = report.Count(DiffVerdict.Removed),
                ["unchanged"] = report.Count(DiffVerdict.Unchanged),
                ["notDecided"] = report.Count(DiffVerdict.NotDecided),
            },
            ["entries"] = entries,
            ["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode)JsonValue.Create(n)!)]),
        };
        output.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
