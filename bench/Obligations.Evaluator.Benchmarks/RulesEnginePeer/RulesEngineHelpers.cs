using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.RulesEnginePeer;

/// <summary>
/// Helpers registered with RulesEngine as a custom type, the usual way to give its expressions a function:
/// "member in set" for a member chosen by the facts, and the status of a dated obligation that applies (so that
/// its deadline is computed once, not once per comparison).
/// </summary>
public static class RulesEngineHelpers
{
    public static bool In(Offence offence, OffenceSet set) => ((ulong)set & (1UL << (int)offence)) != 0;

    public static RuleStatus Dated(bool done, DateTimeOffset doneOn, DateTimeOffset deadline, DateTimeOffset now) =>
        done && doneOn <= deadline ? RuleStatus.Complied : now <= deadline ? RuleStatus.Pending : RuleStatus.Breached;
}
