using System.Net;
using Obligations.Cli.Output.Explaining;
using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output.Reports;

/// <summary>
/// One self-contained HTML page (no scripts, no external files): per case the summary, each rule's status in its
/// colour with the reasons folded beneath it, the legal sources, and a link from every reason to its .obl line.
/// </summary>
public sealed class HtmlReportWriter(TextWriter writer)
{
    private readonly Dictionary<Reason, string> _explainedUnder = new(ReferenceEqualityComparer.Instance);
    private HashSet<Reason> _shared = new(ReferenceEqualityComparer.Instance);

    public void Write(string title, IReadOnlyList<CaseReport> cases)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>");
        writer.WriteLine($"<style>{HtmlReportStyle.Css}</style></head><body>");
        writer.WriteLine($"<h1>{E(title)}</h1>");
        if (cases.Count > 1 || cases.Any(c => c.Failures is not null))
        {
            var passed = cases.Count(c => c.Passed);
            writer.WriteLine($"<p class=\"totals\">{passed} passed, {cases.Count - passed} failed</p>");
            writer.WriteLine("<table class=\"cases\"><tr><th>case</th><th>result</th></tr>");
            foreach (var c in cases)
                writer.WriteLine($"<tr><td><a href=\"#{Id(c.CasePath)}\">{E(c.CasePath)}</a></td><td class=\"{(c.Passed ? "pass" : "fail")}\">{(c.Passed ? "passed" : "failed")}</td></tr>");
            writer.WriteLine("</table>");
        }
        foreach (var c in cases) WriteCase(c);
        writer.WriteLine("</body></html>");
    }

    private void WriteCase(CaseReport report)
    {
        _explainedUnder.Clear();
        writer.WriteLine($"<section class=\"case\" id=\"{Id(report.CasePath)}\">");
        writer.WriteLine($"<h2>{E(report.CasePath)}</h2>");
        if (report.Description is { } description) writer.WriteLine($"<p class=\"description\">{E(description)}</p>");
        if (report.Failures is { Count: > 0 } failures)
        {
            writer.WriteLine("<ul class=\"failures\">");
            foreach (var failure in failures) writer.WriteLine($"<li>{E(failure)}</li>");
            writer.WriteLine("</ul>");
        }
        writer.WriteLine($"<details class=\"facts\"><summary>The case (facts)</summary><pre>{E(report.FactsJson)}</pre></details>");
        if (report.Result is { } result && report.Explanation is { } explanation)
        {
            _shared = new HashSet<Reason>(explanation.Shared, ReferenceEqualityComparer.Instance);
            writer.WriteLine($"<p class=\"evaluated\">Rule set <b>{E(result.RuleSet.Name)}</b> evaluated at {E(DateText.Format(result.Now))}</p>");
            WriteSummary(explanation.Summary);
            writer.WriteLine("<h3>Rules</h3>");
            foreach (var rule in ReportOrder.Rules(explanation)) WriteRule(rule);
            writer.WriteLine("<h3>Consequences</h3>");
            foreach (var consequence in ReportOrder.Consequences(explanation)) WriteConsequence(consequence);
        }
        writer.WriteLine("</section>");
    }

    private void WriteSummary(ExplanationSummary summary)
    {
        writer.WriteLine("<table class=\"summary\">");
        foreach (var (heading, names) in ReportOrder.SummaryLines(summary))
            writer.WriteLine($"<tr><th>{E(heading)}</th><td>{string.Join(", ", names.Select(n => $"<code>{E(n)}</code>"))}</td></tr>");
        writer.WriteLine("</table>");
    }

    private void WriteRule(RuleExplanation rule)
    {
        var status = StatusNames.Of(rule.Status);
        var deadline = rule.Deadline is { } d ? $" <span class=\"deadline\">deadline {E(DateText.Format(d))}</span>" : string.Empty;
        var open = rule.Status is RuleStatus.Breached or RuleStatus.Pending ? " open" : string.Empty;
        writer.WriteLine($"<details class=\"rule\"{open}><summary><span class=\"status {status}\">{E(status.Replace('_', ' '))}</span> {E(ReasonLabels.Kind(rule.Rule.Kind))} <b>{E(rule.Rule.Name)}</b>{deadline} {Link(rule.Rule.Span)}</summary>");
        WriteBody(rule.Rule.Description, rule.Rule.Citation, rule.Summary, rule.Decisive, rule.Rule.Name);
        writer.WriteLine("</details>");
    }

    private void WriteConsequence(ConsequenceExplanation consequence)
    {
        var c = consequence.Consequence;
        var status = StatusNames.Of(consequence.Status);
        var kind = c.Kind == ConsequenceKind.Unspecified ? string.Empty : $" ({E(c.Kind.ToString().ToLowerInvariant())})";
        writer.WriteLine($"<details class=\"rule\"><summary><span class=\"status {status}\">{E(status.Replace('_', ' '))}</span> consequence <b>{E(c.Name)}</b>{kind} {Link(c.Span)}</summary>");
        WriteBody(c.Description, c.Citation, consequence.Summary, consequence.Decisive, c.Name);
        writer.WriteLine("</details>");
    }

    private void WriteBody(string? description, string? citation, string summary, IReadOnlyList<Reason> reasons, string owner)
    {
        if (description is not null) writer.WriteLine($"<p class=\"doc\">{E(ReasonLabels.OneLine(description))}</p>");
        if (citation is not null) writer.WriteLine($"<p class=\"source\">Source: {E(citation)}</p>");
        writer.WriteLine($"<p>{E(char.ToUpperInvariant(summary[0]) + summary[1..])}.</p>");
        if (reasons.Count == 0) return;
        writer.WriteLine("<ul class=\"reasons\">");
        foreach (var reason in reasons) WriteReason(reason, owner);
        writer.WriteLine("</ul>");
    }

    private void WriteReason(Reason reason, string owner)
    {
        reason = ReasonLabels.Unwrap(reason);
        var c = reason.Condition;
        var mark = $"<span class=\"mark {(reason.Held ? "holds" : "fails")}\">{E(ReasonLabels.Mark(reason))}</span>";
        var heading = $"{mark} <span class=\"role\">{E(ReasonLabels.Heading(c))}</span>";
        if (_explainedUnder.TryGetValue(reason, out var first))
        {
            writer.WriteLine($"<li>{heading}: <i>as explained under {E(first)}</i></li>");
            return;
        }
        if (_shared.Contains(reason)) _explainedUnder[reason] = owner;
        var wording = ReasonLabels.Wording(c) is { } w ? $": {E(w)}" : string.Empty;
        var source = c.Citation is null ? string.Empty : $" <span class=\"cite\">{E(c.Citation)}</span>";
        var facts = reason.Facts.Count == 0 ? string.Empty
            : "<div class=\"given\">given " + string.Join("; ", reason.Facts.Select(f => $"<code>{E(f.Path)}</code> = <code>{E(f.Value)}</code>")) + "</div>";
        var parts = reason.Decisive;
        if (parts.Count == 0)
        {
            writer.WriteLine($"<li>{heading}{wording}{source} {Link(c.Span)}{facts}</li>");
            return;
        }
        writer.WriteLine($"<li><details open><summary>{heading}{wording}{source} {Link(c.Span)}</summary>{facts}<ul>");
        foreach (var part in parts) WriteReason(part, owner);
        writer.WriteLine("</ul></details></li>");
    }

    /// <summary>A link to the line in the .obl file, relative to where oblc ran (GitHub-style #L anchor).</summary>
    private static string Link(SourceSpan span) =>
        $"<a class=\"at\" href=\"{E(span.Path)}#L{span.Line}\" title=\"{E(span.ToString())}\">{E(Path.GetFileName(span.Path))}:{span.Line}</a>";

    private static string Id(string path) => "case-" + string.Concat(path.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-'));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
