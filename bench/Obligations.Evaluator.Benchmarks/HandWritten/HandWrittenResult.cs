using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.HandWritten;

/// <summary>
/// What a programmer would return by hand: statuses as bytes, a bit mask of breached rules, and the three distinct
/// deadlines as UTC ticks (rules 0 and 1 share one). 44 bytes, caller-owned, overwritten by every evaluation.
/// </summary>
public struct HandWrittenResult
{
    public RuleStatusBuffer Rules;
    public ConsequenceStatusBuffer Consequences;

    /// <summary>Bit <c>i</c> set when rule <c>i</c> is breached.</summary>
    public uint Breached;

    public long ResponseDeadlineTicks;
    public long WarningDeadlineTicks;
    public long AssistanceDeadlineTicks;

    /// <summary>The deadline of rule <paramref name="rule"/> as the runtime reports it (only for the agreement check).</summary>
    public readonly DateTimeOffset? DeadlineOf(int rule)
    {
        var status = Rules[rule];
        if (status is not (RuleStatus.Pending or RuleStatus.Complied or RuleStatus.Breached)) return null;
        return rule switch
        {
            0 or 1 => new DateTimeOffset(ResponseDeadlineTicks, TimeSpan.Zero),
            2 => new DateTimeOffset(WarningDeadlineTicks, TimeSpan.Zero),
            3 => new DateTimeOffset(AssistanceDeadlineTicks, TimeSpan.Zero),
            _ => null,
        };
    }
}
