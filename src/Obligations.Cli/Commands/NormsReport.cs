using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc check --norms</c>: the rules and threshold criteria that rest on non-binding norms (emerging, proposed,
/// best practice, contested), with their sources, so a reader sees at once what the rule set does not treat as law.
/// </summary>
internal static class NormsReport
{
    public static void Write(TextWriter stdout, BoundProgram program)
    {
        var rules = program.Rules.Where(r => r.Strength != NormStrength.Settled).ToList();
        var criteria = program.Thresholds.SelectMany(t => t.Criteria).Where(c => c.Strength != NormStrength.Settled).ToList();
        if (rules.Count == 0 && criteria.Count == 0)
        {
            stdout.WriteLine("Every rule and criterion is a settled norm.");
            return;
        }
        stdout.WriteLine($"Resting on non-binding norms: {rules.Count} rule(s), {criteria.Count} criterion(a)");
        foreach (var rule in rules)
            stdout.WriteLine($"  {rule.Location}: {rule.KindDisplay} {rule.Name}: {Name(rule.Strength)}{Cited(rule.StrengthCitation)}");
        foreach (var criterion in criteria)
            stdout.WriteLine($"  {criterion.Location}: criterion {criterion.Threshold.Name}.{criterion.Name}: {Name(criterion.Strength)}{Cited(criterion.StrengthCitation)}");
    }

    private static string Name(NormStrength strength) => Vocabulary.Strengths[(int)strength];

    private static string Cited(string? citation) => citation is null ? string.Empty : $" (source: {citation})";
}
