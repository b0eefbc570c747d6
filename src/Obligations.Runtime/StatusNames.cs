namespace Obligations.Runtime;

/// <summary>The snake_case names statuses have in JSON output and scenario files ("not_applicable", "applies").</summary>
public static class StatusNames
{
    private static readonly string[] s_rule = ["not_applicable", "pending", "complied", "breached", "excused", "overridden", "permitted", "not_met", "contested"];
    private static readonly string[] s_consequence = ["not_triggered", "applies", "not_available"];

    public static IReadOnlyList<string> RuleStatuses => s_rule;
    public static IReadOnlyList<string> ConsequenceStatuses => s_consequence;

    public static string Of(RuleStatus status) => s_rule[(int)status];

    public static string Of(ConsequenceStatus status) => s_consequence[(int)status];

    public static bool TryParse(string name, out RuleStatus status)
    {
        var index = Array.IndexOf(s_rule, name);
        status = (RuleStatus)Math.Max(index, 0);
        return index >= 0;
    }

    public static bool TryParse(string name, out ConsequenceStatus status)
    {
        var index = Array.IndexOf(s_consequence, name);
        status = (ConsequenceStatus)Math.Max(index, 0);
        return index >= 0;
    }
}
