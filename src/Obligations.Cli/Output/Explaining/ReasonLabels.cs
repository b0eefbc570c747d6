using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output.Explaining;

/// <summary>How a reason reads in every report format: its role and name, its wording, and the fact values it decided on.</summary>
public static class ReasonLabels
{
    public static string Role(ConditionKind kind) => kind switch
    {
        ConditionKind.When or ConditionKind.ConsequenceWhen => "when",
        ConditionKind.Unless => "unless",
        ConditionKind.Done => "done when",
        ConditionKind.DoneInTime => "in time",
        ConditionKind.Trigger => "trigger",
        ConditionKind.Threshold => "threshold",
        _ => "criterion",
    };

    /// <summary>"trigger state_is_aware" or "when operation.origin != elsewhere".</summary>
    public static string Heading(ConditionInfo c) => c.Name is null ? $"{Role(c.Kind)} {OneLine(c.Text)}" : $"{Role(c.Kind)} {c.Name}";

    /// <summary>The author's description of a named condition, else the condition as written (for a clause, the heading says it).</summary>
    public static string? Wording(ConditionInfo c) => c.Name is null ? null : c.Description is { } d ? OneLine(d) : OneLine(c.Text);

    public static string Mark(Reason reason) => reason.Held ? "holds" : "does not hold";

    public static string Facts(Reason reason) => string.Join("; ", reason.Facts.Select(f => f.ToString()));

    /// <summary>
    /// A clause that only names a trigger or threshold (<c>when risk_of_significant_harm</c>) says nothing of its
    /// own: reports show the named condition in its place.
    /// </summary>
    public static Reason Unwrap(Reason reason)
    {
        while (reason.Because.Count == 1 && reason.Facts.Count == 0 && reason.Because[0].Condition.Name == OneLine(reason.Condition.Text)
               && reason.Because[0].Value == reason.Value)
            reason = reason.Because[0];
        return reason;
    }

    public static string Kind(RuleKind kind) => kind.ToString().ToLowerInvariant();

    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
