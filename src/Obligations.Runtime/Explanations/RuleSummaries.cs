using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>The one-sentence summary of a rule's status, naming its measure by its description when it has one.</summary>
internal static class RuleSummaries
{
    public static string Of(RuleInfo rule, RuleOutcome outcome, List<string> overriders, bool done)
    {
        var measure = rule.MeasureDescription is { } description ? $"\"{description}\"" : $"'{rule.Measure ?? "(no measure)"}'";
        var deadline = outcome.Deadline is { } d ? " by " + DateText.Format(d) : string.Empty;
        return outcome.Status switch
        {
            RuleStatus.NotApplicable => "does not apply: a 'when' condition does not hold",
            RuleStatus.Excused => "applies, but an 'unless' exception holds",
            RuleStatus.Overridden => "applies, but is overridden by " + string.Join(", ", overriders),
            RuleStatus.Pending => $"applies; {measure} is not done yet, due{deadline}",
            RuleStatus.Complied when rule.Kind == RuleKind.Prohibition => $"applies; the prohibited act {measure} did not happen",
            RuleStatus.Complied => $"applies; {measure} is done{(outcome.Deadline is null ? string.Empty : " in time")}",
            RuleStatus.Breached when rule.Kind == RuleKind.Prohibition => $"applies; the prohibited act {measure} happened",
            RuleStatus.Breached when done => $"applies; {measure} was done, but not{deadline}",
            RuleStatus.Breached => $"applies; {measure} was not done{deadline}",
            RuleStatus.NotMet => $"applies as {Article(rule.Strength)} {rule.Strength.Replace('_', ' ')} norm, not binding; {measure} " +
                (rule.Kind == RuleKind.Prohibition ? "happened" : $"was not done{deadline}") + ": not met, not a breach" + Cited(rule.StrengthCitation),
            RuleStatus.Contested => $"would be breached ({measure} " + (rule.Kind == RuleKind.Prohibition ? "happened" : $"was not done{deadline}") +
                "), but applies only through contested or emerging criteria: contested, not a breach",
            _ => $"applies; {measure} is permitted",
        };
    }

    private static string Article(string word) => "aeiou".Contains(word[0]) ? "an" : "a";

    private static string Cited(string? citation) => citation is null ? string.Empty : $" ({citation})";
}
