using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>
/// Why a rule has its status: a one-sentence summary, the conditions evaluated (<see cref="Reasons"/>, the full
/// trace), the ones that decided the status (<see cref="Decisive"/>) and any rule that overrode it.
/// </summary>
public sealed record RuleExplanation(
    RuleInfo Rule,
    RuleStatus Status,
    DateTimeOffset? Deadline,
    string Summary,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> OverriddenBy)
{
    /// <summary>
    /// The reasons that decided the status: the <c>when</c> clauses that failed for a rule that does not apply;
    /// otherwise every <c>when</c> clause, the exceptions, and the compliance test that settled it.
    /// </summary>
    public IReadOnlyList<Reason> Decisive { get; init; } = [];
}
