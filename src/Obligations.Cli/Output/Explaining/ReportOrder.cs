using Obligations.Runtime;
using Obligations.Runtime.Explanations;

namespace Obligations.Cli.Output.Explaining;

/// <summary>The order a reader wants: what went wrong first, then what is still open, then what is fine.</summary>
public static class ReportOrder
{
    private static readonly RuleStatus[] s_rules =
        [RuleStatus.Breached, RuleStatus.Pending, RuleStatus.Excused, RuleStatus.Overridden, RuleStatus.Complied, RuleStatus.Permitted, RuleStatus.NotApplicable];

    public static IEnumerable<RuleExplanation> Rules(Explanation explanation) =>
        explanation.Rules.OrderBy(r => Array.IndexOf(s_rules, r.Status));

    public static IEnumerable<ConsequenceExplanation> Consequences(Explanation explanation) =>
        explanation.Consequences.OrderBy(c => c.Status switch { ConsequenceStatus.Applies => 0, ConsequenceStatus.NotAvailable => 1, _ => 2 });

    /// <summary>The summary's lines: a heading and the names under it, leaving out empty groups.</summary>
    public static IEnumerable<(string Heading, IReadOnlyList<string> Names)> SummaryLines(ExplanationSummary s)
    {
        (string, IReadOnlyList<string>)[] lines =
        [
            ("Breached", s.Breached), ("Pending", s.Pending), ("Excused", s.Excused), ("Overridden", s.Overridden),
            ("Complied", s.Complied), ("Permitted", s.Permitted), ("Not applicable", s.NotApplicable),
            ("Consequences that follow", s.ConsequencesThatApply), ("Consequences not available", s.ConsequencesNotAvailable),
        ];
        return lines.Where(l => l.Item2.Count > 0);
    }
}
