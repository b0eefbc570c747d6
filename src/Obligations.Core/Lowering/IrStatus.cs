using System.Collections.Immutable;

namespace Obligations.Lowering;

/// <summary>A rule's status; the same names and order as the runtime's <c>RuleStatus</c>.</summary>
public enum IrStatus { NotApplicable, Pending, Complied, Breached, Excused, Overridden, Permitted, NotMet, Contested }

/// <summary>
/// The facts of one evaluation that a rule's status is decided from:
/// <list type="bullet">
/// <item><c>Triggered</c>: every <c>when</c> holds (always, for a standing rule);</item>
/// <item><c>Excused</c>: triggered, and some <c>unless</c> holds;</item>
/// <item><c>Overridden</c>: triggered, not excused, and some overriding rule is triggered and not excused;</item>
/// <item><c>Done</c>: in force (triggered, not excused, not overridden), the measure's <c>done when</c> holds, and for
/// an obligation with a deadline and a dated measure, it was done on or before the deadline;</item>
/// <item><c>WithinDeadline</c>: in force, it has a deadline, and <c>now</c> is on or before it.</item>
/// <item><c>ContestedGround</c>: triggered, but not triggered once every non-settled criterion is taken as unmet
/// (<see cref="IrRule.SettledTrigger"/>): the rule applies only through contested or emerging criteria.</item>
/// </list>
/// </summary>
public enum IrRuleFact { Triggered, Excused, Overridden, Done, WithinDeadline, ContestedGround }

/// <summary>
/// One row of a rule's decision table: the status, when each fact in <see cref="Holds"/> holds and each in
/// <see cref="Fails"/> fails. The first matching row decides; the last row has no conditions.
/// </summary>
public sealed record IrStatusRow(IrStatus Status, ImmutableArray<IrRuleFact> Holds, ImmutableArray<IrRuleFact> Fails)
{
    public bool Matches(Func<IrRuleFact, bool> fact) => Holds.All(fact) && !Fails.Any(fact);
}
