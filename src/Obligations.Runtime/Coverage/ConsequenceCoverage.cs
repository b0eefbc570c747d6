using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>One consequence across the cases: the statuses it reached and its <c>when</c> conditions' coverage.</summary>
public sealed record ConsequenceCoverage(
    ConsequenceInfo Consequence,
    IReadOnlyList<StatusCount> Reached,
    IReadOnlyList<string> NeverReached,
    IReadOnlyList<ConditionCoverage> Conditions)
{
    public bool NeverApplied => !Reached.Any(r => r.Status == StatusNames.Of(ConsequenceStatus.Applies));
}
