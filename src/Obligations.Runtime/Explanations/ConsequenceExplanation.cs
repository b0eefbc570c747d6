using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Explanations;

/// <summary>Why a consequence follows or not: the breached rules that trigger it and its conditions.</summary>
public sealed record ConsequenceExplanation(
    ConsequenceInfo Consequence,
    ConsequenceStatus Status,
    string Summary,
    IReadOnlyList<string> BreachedRules,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The conditions that decided the status: all of them when it applies, the failing ones when it is not available.</summary>
    public IReadOnlyList<Reason> Decisive { get; init; } = [];
}
