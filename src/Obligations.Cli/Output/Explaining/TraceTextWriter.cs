using Obligations.Runtime.Explanations;

namespace Obligations.Cli.Output.Explaining;

/// <summary>The full trace behind <c>--trace</c>: every condition evaluated, held or not, with its place in the rules.</summary>
public static class TraceTextWriter
{
    public static void WriteRule(TextWriter writer, RuleExplanation rule)
    {
        writer.WriteLine($"    {rule.Summary}");
        writer.WriteLine($"    declared at {rule.Rule.Span}{Cite(rule.Rule.Citation)}");
        WriteReasons(writer, rule.Reasons, 2);
    }

    public static void WriteConsequence(TextWriter writer, ConsequenceExplanation consequence)
    {
        writer.WriteLine($"    {consequence.Summary}");
        writer.WriteLine($"    declared at {consequence.Consequence.Span}{Cite(consequence.Consequence.Citation)}");
        WriteReasons(writer, consequence.Reasons, 2);
    }

    private static void WriteReasons(TextWriter writer, IReadOnlyList<Reason> reasons, int depth)
    {
        foreach (var reason in reasons)
        {
            var c = reason.Condition;
            var label = c.Name is null ? ReasonLabels.Role(c.Kind) : $"{ReasonLabels.Role(c.Kind)} {c.Name}:";
            var facts = reason.Facts.Count > 0 ? $" (given {ReasonLabels.Facts(reason)})" : string.Empty;
            writer.WriteLine($"{new string(' ', depth * 4)}[{(reason.Held ? "holds" : "fails")}] {label} {ReasonLabels.OneLine(c.Text)}{facts} at {c.Span}{Cite(c.Citation)}");
            WriteReasons(writer, reason.Because, depth + 1);
        }
    }

    private static string Cite(string? citation) => citation is null ? string.Empty : $" [source: {citation}]";
}
