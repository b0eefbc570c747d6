namespace Obligations.Runtime.Explanations;

/// <summary>
/// The reasons for every status of one evaluation: a summary first, then every rule and consequence.
/// <see cref="Shared"/> lists the named conditions (a threshold, a trigger) that decide more than one rule,
/// so that a report can explain each once and refer to it elsewhere.
/// </summary>
public sealed record Explanation(IReadOnlyList<RuleExplanation> Rules, IReadOnlyList<ConsequenceExplanation> Consequences)
{
    public ExplanationSummary Summary { get; init; } = ExplanationSummary.Empty;

    /// <summary>Named reasons that appear in the decisive reasons of two or more rules or consequences, in order of first use.</summary>
    public IReadOnlyList<Reason> Shared { get; init; } = [];
}
