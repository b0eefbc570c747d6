using Obligations.Analysis.Solving;

namespace Obligations.Cli.Diff;

/// <summary><c>oblc diff --format markdown</c>: a report to paste into a pull request — a table of verdicts, then each change with its situation.</summary>
public static class DiffMarkdownWriter
{
    public static void Write(TextWriter output, DiffReport report, string oldLabel, string newLabel)
    {
        output.WriteLine($"## What `{newLabel}` changes compared with `{oldLabel}`");
        output.WriteLine();
        output.WriteLine(DiffTextWriter.Summary(report) + ".");
        output.WriteLine();
        output.WriteLine("| | kind | name | verdict | before | after |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var e in report.Entries)
        {
            var mark = e.Verdict switch { DiffVerdict.Unchanged => "✅", DiffVerdict.NotDecided => "❔", _ => "⚠️" };
            output.WriteLine($"| {mark} | {e.Kind} | `{e.Name}` | {DiffTextWriter.Verdict(e.Verdict)}{(e.MatchedBy is null ? "" : $" (renamed: {e.MatchedBy})")} | {e.OldStatus} | {e.NewStatus} |");
        }
        foreach (var e in report.Entries.Where(e => e.Situation is not null || e.Verdict == DiffVerdict.NotDecided))
        {
            output.WriteLine();
            output.WriteLine($"### {e.Kind} `{e.Name}`");
            output.WriteLine();
            if (e.Situation is not { } s)
            {
                output.WriteLine($"Not decided: {e.Reason}.");
                continue;
            }
            output.WriteLine($"Before: **{e.OldStatus}**, after: **{e.NewStatus}**, in this situation:");
            output.WriteLine();
            output.WriteLine("```json");
            output.WriteLine(s.Input);
            output.WriteLine("```");
            if (!s.SameInput)
            {
                output.WriteLine();
                output.WriteLine("(as the old version's facts:)");
                output.WriteLine();
                output.WriteLine("```json");
                output.WriteLine(s.OldInput);
                output.WriteLine("```");
            }
            if (e.Responsible.Length == 0) continue;
            output.WriteLine();
            output.WriteLine("Because:");
            output.WriteLine();
            foreach (var line in e.Responsible) output.WriteLine($"- {line}");
        }
        if (report.Notes.Length == 0) return;
        output.WriteLine();
        foreach (var note in report.Notes) output.WriteLine($"> note: {note}");
    }
}
