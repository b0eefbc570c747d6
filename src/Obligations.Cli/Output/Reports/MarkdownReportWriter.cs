using Obligations.Cli.Output.Explaining;
using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output.Reports;

/// <summary>A report in Markdown, for pasting into a review: the summary as a table, each rule with its reasons as a nested list.</summary>
public sealed class MarkdownReportWriter(TextWriter writer)
{
    private readonly Dictionary<Reason, string> _explainedUnder = new(ReferenceEqualityComparer.Instance);
    private HashSet<Reason> _shared = new(ReferenceEqualityComparer.Instance);

    public void Write(string title, IReadOnlyList<CaseReport> cases)
    {
        writer.WriteLine($"# {title}");
        if (cases.Count > 1 || cases.Any(c => c.Failures is not null))
        {
            writer.WriteLine();
            writer.WriteLine($"{cases.Count(c => c.Passed)} passed, {cases.Count(c => !c.Passed)} failed");
            writer.WriteLine();
            writer.WriteLine("| case | result |");
            writer.WriteLine("| --- | --- |");
            foreach (var c in cases) writer.WriteLine($"| `{c.CasePath}` | {(c.Passed ? "passed" : "**failed**")} |");
        }
        foreach (var c in cases) WriteCase(c);
    }

    private void WriteCase(CaseReport report)
    {
        _explainedUnder.Clear();
        writer.WriteLine();
        writer.WriteLine($"## `{report.CasePath}`");
        if (report.Description is { } description) { writer.WriteLine(); writer.WriteLine(Escape(description)); }
        foreach (var failure in report.Failures ?? []) writer.WriteLine($"- **failed:** {Escape(failure)}");
        if (report.Result is not { } result || report.Explanation is not { } explanation) return;
        _shared = new HashSet<Reason>(explanation.Shared, ReferenceEqualityComparer.Instance);
        writer.WriteLine();
        writer.WriteLine($"Rule set `{result.RuleSet.Name}` evaluated at {DateText.Format(result.Now)}.");
        writer.WriteLine();
        writer.WriteLine("| | |");
        writer.WriteLine("| --- | --- |");
        foreach (var (heading, names) in ReportOrder.SummaryLines(explanation.Summary))
            writer.WriteLine($"| {heading} | {string.Join(", ", names.Select(n => $"`{n}`"))} |");
        foreach (var rule in ReportOrder.Rules(explanation))
        {
            var deadline = rule.Deadline is { } d ? $" (deadline {DateText.Format(d)})" : string.Empty;
            WriteEntry($"{ReasonLabels.Kind(rule.Rule.Kind)} `{rule.Rule.Name}`: **{StatusNames.Of(rule.Status)}**{deadline}",
                rule.Rule.Citation, rule.Summary, rule.Decisive, rule.Rule.Name);
        }
        foreach (var c in ReportOrder.Consequences(explanation))
            WriteEntry($"consequence `{c.Consequence.Name}`: **{StatusNames.Of(c.Status)}**", c.Consequence.Citation, c.Summary, c.Decisive, c.Consequence.Name);
    }

    private void WriteEntry(string heading, string? citation, string summary, IReadOnlyList<Reason> reasons, string owner)
    {
        writer.WriteLine();
        writer.WriteLine($"### {heading}");
        writer.WriteLine();
        if (citation is not null) writer.WriteLine($"*Source: {Escape(citation)}*  ");
        writer.WriteLine(Escape(char.ToUpperInvariant(summary[0]) + summary[1..]) + ".");
        if (reasons.Count > 0) writer.WriteLine();
        foreach (var reason in reasons) WriteReason(reason, 0, owner);
    }

    private void WriteReason(Reason reason, int depth, string owner)
    {
        reason = ReasonLabels.Unwrap(reason);
        var c = reason.Condition;
        var indent = new string(' ', depth * 2);
        var line = $"{indent}- {(reason.Held ? "✅" : "❌")} {ReasonLabels.Mark(reason)}: `{ReasonLabels.Heading(c)}`";
        if (_explainedUnder.TryGetValue(reason, out var first))
        {
            writer.WriteLine($"{line}, as explained under `{first}`");
            return;
        }
        if (_shared.Contains(reason)) _explainedUnder[reason] = owner;
        if (ReasonLabels.Wording(c) is { } wording) line += $": {Escape(wording)}";
        if (c.Citation is not null) line += $" *(source: {Escape(c.Citation)})*";
        line += $" [{Path.GetFileName(c.Span.Path)}:{c.Span.Line}]({c.Span.Path}#L{c.Span.Line})";
        if (reason.Facts.Count > 0) line += $"; given {string.Join("; ", reason.Facts.Select(f => $"`{f.Path}` = `{f.Value}`"))}";
        writer.WriteLine(line);
        foreach (var part in reason.Decisive) WriteReason(part, depth + 1, owner);
    }

    private static string Escape(string text) => ReasonLabels.OneLine(text).Replace("|", "\\|");
}
