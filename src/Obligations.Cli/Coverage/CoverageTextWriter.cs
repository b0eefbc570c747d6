using Obligations.Cli.Output;
using Obligations.Runtime.Coverage;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Coverage;

/// <summary>
/// Coverage as text: per rule set the totals, then each rule and consequence with the statuses its cases
/// reached and those its form allows but no case reached, and each condition with how often it held and failed.
/// </summary>
public static class CoverageTextWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Folder, RuleSetCoverage Coverage)> reports, IReadOnlyList<string> failed)
    {
        foreach (var (folder, report) in reports)
        {
            writer.WriteLine($"coverage of {Display(folder)} ({Plural(report.Cases, "case")}): conditions {report.ConditionOutcomes}, statuses {report.Statuses}");
            foreach (var rule in report.Rules)
            {
                writer.WriteLine($"  {rule.Rule.Kind.ToString().ToLowerInvariant()} {rule.Rule.Name}: {Statuses(rule.Reached, rule.NeverReached)}");
                foreach (var condition in rule.Conditions) WriteCondition(writer, condition);
            }
            foreach (var consequence in report.Consequences)
            {
                writer.WriteLine($"  consequence {consequence.Consequence.Name}: {Statuses(consequence.Reached, consequence.NeverReached)}");
                foreach (var condition in consequence.Conditions) WriteCondition(writer, condition);
            }
            foreach (var condition in report.Named) WriteCondition(writer, condition, indent: "  ");
        }
        foreach (var folder in failed) writer.WriteLine($"coverage of {Display(folder)}: none, the rule set does not compile");
        var totals = CoverageTotals.Of(reports.Select(r => r.Coverage));
        writer.WriteLine($"coverage: conditions {totals.Conditions}, statuses {totals.Statuses}; "
            + $"{Plural(totals.RulesNeverBreached, "rule")} never breached, {Plural(totals.ConsequencesNeverApplied, "consequence")} never applied");
    }

    private static void WriteCondition(TextWriter writer, ConditionCoverage c, string indent = "    ")
    {
        var mark = c.Covered ? "covered   " : c.OutcomesSeen == 0 ? "never run " : c.Held == 0 ? "never held" : "never fails";
        var label = c.Condition.Name is null ? Role(c.Condition.Kind) : $"{Role(c.Condition.Kind)} {c.Condition.Name}:";
        writer.WriteLine($"{indent}{mark.PadRight(11)} held {c.Held}, failed {c.Failed}  {label} {OneLine(c.Condition.Text)} at {c.Condition.Span}");
    }

    private static string Statuses(IReadOnlyList<StatusCount> reached, IReadOnlyList<string> never)
    {
        var text = reached.Count == 0 ? "no case" : string.Join(", ", reached.Select(r => $"{r.Status} {r.Cases}"));
        return never.Count == 0 ? text : $"{text}; never {string.Join(", ", never)}";
    }

    private static string Display(string folder) => Obligations.Semantics.SourceFiles.DisplayPath(Path.GetFullPath(folder));

    internal static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    internal static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));

    internal static string Kind(ConditionKind kind) => kind switch
    {
        ConditionKind.ConsequenceWhen => "consequence_when",
        ConditionKind.DoneInTime => "done_in_time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Role(Obligations.Runtime.Metadata.ConditionKind kind) => kind switch
    {
        Obligations.Runtime.Metadata.ConditionKind.When => "when",
        Obligations.Runtime.Metadata.ConditionKind.Unless => "unless",
        Obligations.Runtime.Metadata.ConditionKind.Done => "done when",
        Obligations.Runtime.Metadata.ConditionKind.DoneInTime => "in time:",
        Obligations.Runtime.Metadata.ConditionKind.ConsequenceWhen => "when",
        Obligations.Runtime.Metadata.ConditionKind.Trigger => "trigger",
        Obligations.Runtime.Metadata.ConditionKind.Threshold => "threshold",
        _ => "criterion",
    };
}
