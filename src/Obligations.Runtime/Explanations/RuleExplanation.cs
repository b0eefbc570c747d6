using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>Why a rule has its status: a one-sentence summary, the conditions evaluated and any rule that overrode it.</summary>
public sealed record RuleExplanation(
    RuleInfo Rule,
    RuleStatus Status,
    DateTimeOffset? Deadline,
    string Summary,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> OverriddenBy);
