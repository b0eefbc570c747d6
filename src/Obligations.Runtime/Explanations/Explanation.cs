namespace Obligations.Runtime.Explanations;

/// <summary>The reasons for every status of one evaluation.</summary>
public sealed record Explanation(IReadOnlyList<RuleExplanation> Rules, IReadOnlyList<ConsequenceExplanation> Consequences);
