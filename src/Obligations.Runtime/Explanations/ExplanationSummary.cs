namespace Obligations.Runtime.Explanations;

/// <summary>The names of the rules by status and of the consequences that follow, in declaration order.</summary>
public sealed record ExplanationSummary(
    IReadOnlyList<string> Breached,
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> Complied,
    IReadOnlyList<string> Permitted,
    IReadOnlyList<string> Excused,
    IReadOnlyList<string> Overridden,
    IReadOnlyList<string> NotApplicable,
    IReadOnlyList<string> ConsequencesThatApply,
    IReadOnlyList<string> ConsequencesNotAvailable)
{
    public static ExplanationSummary Empty { get; } = new([], [], [], [], [], [], [], [], []);

    public static ExplanationSummary Of(IReadOnlyList<RuleExplanation> rules, IReadOnlyList<ConsequenceExplanation> consequences)
    {
        List<string> Rules(RuleStatus status) => rules.Where(r => r.Status == status).Select(r => r.Rule.Name).ToList();
        List<string> Consequences(ConsequenceStatus status) => consequences.Where(c => c.Status == status).Select(c => c.Consequence.Name).ToList();
        return new(Rules(RuleStatus.Breached), Rules(RuleStatus.Pending), Rules(RuleStatus.Complied), Rules(RuleStatus.Permitted),
            Rules(RuleStatus.Excused), Rules(RuleStatus.Overridden), Rules(RuleStatus.NotApplicable),
            Consequences(ConsequenceStatus.Applies), Consequences(ConsequenceStatus.NotAvailable));
    }
}
