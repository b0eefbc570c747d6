using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>
/// One recorded condition across the cases: in how many it held, failed, or was not evaluated (short-circuited
/// away). It is covered when some case made it hold and some case made it fail.
/// </summary>
public sealed record ConditionCoverage(ConditionInfo Condition, int Held, int Failed, int Cases)
{
    public int NotEvaluated => Cases - Held - Failed;

    public bool Covered => Held > 0 && Failed > 0;

    /// <summary>0, 1 or 2: how many of the two outcomes (held, failed) some case produced.</summary>
    public int OutcomesSeen => (Held > 0 ? 1 : 0) + (Failed > 0 ? 1 : 0);

    /// <summary>The outcomes no case produced: "held", "failed", both, or none.</summary>
    public IReadOnlyList<string> Missing =>
        [.. Held == 0 ? ["held"] : Array.Empty<string>(), .. Failed == 0 ? ["failed"] : Array.Empty<string>()];
}
