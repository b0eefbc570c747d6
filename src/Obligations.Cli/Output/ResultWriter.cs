using Obligations.Cli.Output.Explaining;
using Obligations.Runtime;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Output;

/// <summary>How much of the reasons an evaluation's output shows.</summary>
public enum ExplainLevel
{
    /// <summary>One line per rule and consequence.</summary>
    None,
    /// <summary>A summary, then the reasons that decided each status (<c>--explain</c>).</summary>
    Explain,
    /// <summary>Every condition evaluated, with its place (<c>--trace</c>).</summary>
    Trace,
}

/// <summary>Writes an evaluation as text: statuses only, a reader's explanation, or the full trace.</summary>
public static class ResultWriter
{
    public static void WriteText(TextWriter writer, EvaluationResult result, bool explain) =>
        WriteText(writer, result, null, explain ? ExplainLevel.Trace : ExplainLevel.None, verbose: false);

    /// <summary>Writes the result at <paramref name="level"/>; <paramref name="facts"/> (the facts evaluated, or null) lets reasons quote their values.</summary>
    public static void WriteText(TextWriter writer, EvaluationResult result, object? facts, ExplainLevel level, bool verbose)
    {
        var explanation = facts is null ? result.Explain() : result.Explain(facts);
        if (level == ExplainLevel.Explain)
        {
            new ExplanationTextWriter(writer, verbose).Write(result, explanation);
            return;
        }
        writer.WriteLine($"Rule set {result.RuleSet.Name} evaluated at {DateText.Format(result.Now)}");
        foreach (var rule in explanation.Rules)
        {
            var deadline = rule.Deadline is { } d ? $" (deadline {DateText.Format(d)})" : string.Empty;
            writer.WriteLine($"{ReasonLabels.Kind(rule.Rule.Kind)} {rule.Rule.Name}: {StatusNames.Of(rule.Status)}{deadline}");
            if (level == ExplainLevel.Trace) TraceTextWriter.WriteRule(writer, rule);
        }
        foreach (var consequence in explanation.Consequences)
        {
            var kind = consequence.Consequence.Kind == ConsequenceKind.Unspecified ? string.Empty : $" ({consequence.Consequence.Kind.ToString().ToLowerInvariant()})";
            writer.WriteLine($"consequence {consequence.Consequence.Name}{kind}: {StatusNames.Of(consequence.Status)}");
            if (level == ExplainLevel.Trace) TraceTextWriter.WriteConsequence(writer, consequence);
        }
    }
}
