using Obligations.Runtime;
using Obligations.Runtime.Explanations;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output;

/// <summary>Writes an evaluation as text: one line per rule and consequence, with reasons and sources when explaining.</summary>
public static class ResultWriter
{
    public static void WriteText(TextWriter writer, EvaluationResult result, bool explain)
    {
        var explanation = result.Explain();
        writer.WriteLine($"Rule set {result.RuleSet.Name} evaluated at {DateText.Format(result.Now)}");
        foreach (var rule in explanation.Rules)
        {
            var deadline = rule.Deadline is { } d ? $" (deadline {DateText.Format(d)})" : string.Empty;
            writer.WriteLine($"{rule.Rule.Kind.ToString().ToLowerInvariant()} {rule.Rule.Name}: {StatusNames.Of(rule.Status)}{deadline}");
            if (!explain) continue;
            writer.WriteLine($"    {rule.Summary}");
            writer.WriteLine($"    declared at {rule.Rule.Span}{Cite(rule.Rule.Citation)}");
            WriteReasons(writer, rule.Reasons, 2);
        }
        foreach (var consequence in explanation.Consequences)
        {
            var kind = consequence.Consequence.Kind == ConsequenceKind.Unspecified ? string.Empty : $" ({consequence.Consequence.Kind.ToString().ToLowerInvariant()})";
            writer.WriteLine($"consequence {consequence.Consequence.Name}{kind}: {StatusNames.Of(consequence.Status)}");
            if (!explain) continue;
            writer.WriteLine($"    {consequence.Summary}");
            writer.WriteLine($"    declared at {consequence.Consequence.Span}{Cite(consequence.Consequence.Citation)}");
            WriteReasons(writer, consequence.Reasons, 2);
        }
    }

    private static void WriteReasons(TextWriter writer, IReadOnlyList<Reason> reasons, int depth)
    {
        foreach (var reason in reasons)
        {
            var c = reason.Condition;
            var label = c.Name is null ? Role(c.Kind) : $"{Role(c.Kind)} {c.Name}:";
            writer.WriteLine($"{new string(' ', depth * 4)}[{(reason.Held ? "holds" : "fails")}] {label} {OneLine(c.Text)} at {c.Span}{Cite(c.Citation)}");
            WriteReasons(writer, reason.Because, depth + 1);
        }
    }

    public static string Role(ConditionKind kind) => kind switch
    {
        ConditionKind.When => "when",
        ConditionKind.Unless => "unless",
        ConditionKind.Done => "done when",
        ConditionKind.DoneInTime => "in time:",
        ConditionKind.ConsequenceWhen => "when",
        ConditionKind.Trigger => "trigger",
        ConditionKind.Threshold => "threshold",
        _ => "criterion",
    };

    private static string Cite(string? citation) => citation is null ? string.Empty : $" [source: {citation}]";

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}
