using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output.Explaining;

/// <summary>
/// An explanation as text for a reader of the rules rather than of the code: a summary first, then each rule with
/// only the reasons that decided it and the fact values they decided on. A threshold several rules rely on is
/// explained once and referred to after that. Source positions only when <paramref name="verbose"/>.
/// </summary>
public sealed class ExplanationTextWriter(TextWriter writer, bool verbose)
{
    private readonly Dictionary<Reason, string> _explainedUnder = new(ReferenceEqualityComparer.Instance);
    private HashSet<Reason> _shared = new(ReferenceEqualityComparer.Instance);

    public void Write(EvaluationResult result, Explanation explanation)
    {
        _shared = new HashSet<Reason>(explanation.Shared, ReferenceEqualityComparer.Instance);
        writer.WriteLine($"Rule set {result.RuleSet.Name} evaluated at {DateText.Format(result.Now)}");
        writer.WriteLine();
        writer.WriteLine("Summary");
        foreach (var (heading, names) in ReportOrder.SummaryLines(explanation.Summary))
            writer.WriteLine($"  {heading} ({names.Count}): {string.Join(", ", names)}");
        foreach (var rule in ReportOrder.Rules(explanation)) WriteRule(rule);
        foreach (var consequence in ReportOrder.Consequences(explanation)) WriteConsequence(consequence);
    }

    private void WriteRule(RuleExplanation rule)
    {
        var deadline = rule.Deadline is { } d ? $" (deadline {DateText.Format(d)})" : string.Empty;
        writer.WriteLine();
        writer.WriteLine($"{ReasonLabels.Kind(rule.Rule.Kind)} {rule.Rule.Name}: {StatusNames.Of(rule.Status)}{deadline}");
        if (rule.Status is not (RuleStatus.Complied or RuleStatus.NotApplicable or RuleStatus.Permitted)) WriteDescription(rule.Rule.Description);
        WriteDeclaration(rule.Rule.Citation, rule.Rule.Span);
        writer.WriteLine($"  {Sentence(rule.Summary)}");
        foreach (var reason in rule.Decisive) WriteReason(reason, 1, rule.Rule.Name);
    }

    private void WriteConsequence(ConsequenceExplanation consequence)
    {
        var c = consequence.Consequence;
        var kind = c.Kind == ConsequenceKind.Unspecified ? string.Empty : $" ({c.Kind.ToString().ToLowerInvariant()})";
        writer.WriteLine();
        writer.WriteLine($"consequence {c.Name}{kind}: {StatusNames.Of(consequence.Status)}");
        if (consequence.Status != ConsequenceStatus.NotTriggered) WriteDescription(c.Description);
        WriteDeclaration(c.Citation, c.Span);
        writer.WriteLine($"  {Sentence(consequence.Summary)}");
        foreach (var reason in consequence.Decisive) WriteReason(reason, 1, c.Name);
    }

    private void WriteDescription(string? description)
    {
        if (description is not null) writer.WriteLine($"  {ReasonLabels.OneLine(description)}");
    }

    private void WriteDeclaration(string? citation, SourceSpan span)
    {
        if (citation is not null) writer.WriteLine($"  Source: {citation}");
        if (verbose) writer.WriteLine($"  Declared at {span}");
    }

    private void WriteReason(Reason reason, int depth, string owner)
    {
        reason = ReasonLabels.Unwrap(reason);
        var c = reason.Condition;
        var indent = new string(' ', depth * 2);
        var line = $"{indent}[{ReasonLabels.Mark(reason)}] {ReasonLabels.Heading(c)}";
        if (_explainedUnder.TryGetValue(reason, out var first))
        {
            writer.WriteLine($"{line}: as explained under {first}");
            return;
        }
        if (ReasonLabels.Wording(c) is { } wording) line += ": " + wording;
        if (c.Citation is not null) line += $" (source: {c.Citation})";
        if (verbose) line += $" at {c.Span}";
        writer.WriteLine(line);
        if (_shared.Contains(reason)) _explainedUnder[reason] = owner;
        if (reason.Facts.Count > 0) writer.WriteLine($"{indent}    given {ReasonLabels.Facts(reason)}");
        foreach (var part in reason.Decisive) WriteReason(part, depth + 1, owner);
    }

    private static string Sentence(string summary) => char.ToUpperInvariant(summary[0]) + summary[1..] + ".";
}
