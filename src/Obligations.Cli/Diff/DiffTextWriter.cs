using Obligations.Analysis.Solving;

namespace Obligations.Cli.Diff;

/// <summary>The text report of <c>oblc diff</c>: one line per rule and consequence, details under each change, a summary line.</summary>
public static class DiffTextWriter
{
    public static void Write(TextWriter output, DiffReport report)
    {
        foreach (var e in report.Entries)
        {
            var matched = e.MatchedBy is null ? "" : $" (renamed, matched by {e.MatchedBy})";
            output.WriteLine($"{e.Kind} {e.Name}: {Verdict(e.Verdict)}{matched}");
            if (e.Verdict == DiffVerdict.NotDecided) output.WriteLine($"  not decided: {e.Reason}");
            if (e.Situation is not { } s) continue;
            output.WriteLine($"  before: {e.OldStatus}, after: {e.NewStatus}");
            if (s.SameInput) output.WriteLine($"  situation: {s.Input}");
            else
            {
                output.WriteLine($"  situation (old facts): {s.OldInput}");
                output.WriteLine($"  situation (new facts): {s.NewInput}");
            }
            foreach (var line in e.Responsible) output.WriteLine($"  because {line}");
        }
        foreach (var note in report.Notes) output.WriteLine($"note: {note}");
        output.WriteLine(Summary(report));
    }

    public static string Verdict(DiffVerdict verdict) => verdict switch
    {
        DiffVerdict.Changed => "changed",
        DiffVerdict.Unchanged => "unchanged",
        DiffVerdict.NotDecided => "not decided",
        DiffVerdict.Added => "added",
        _ => "removed",
    };

    public static string Summary(DiffReport report) =>
        $"{report.Count(DiffVerdict.Changed)} changed, {report.Count(DiffVerdict.Added)} added, {report.Count(DiffVerdict.Removed)} removed, "
        + $"{report.Count(DiffVerdict.Unchanged)} unchanged, {report.Count(DiffVerdict.NotDecided)} not decided";
}
