using System.Collections.Immutable;
using static Obligations.Lowering.IrRuleFact;

namespace Obligations.Lowering;

/// <summary>
/// The decision table of rule statuses, the one statement of what a status means. In order: not triggered →
/// not applicable; excused; overridden; then by kind — a permission is permitted; a prohibition is breached when
/// its act was done and complied otherwise; an obligation is complied when its act was done (in time), pending
/// while its deadline is open, and breached otherwise. A non-settled rule is not_met where a settled one would be
/// breached; a settled rule triggered only through non-settled criteria is contested instead of breached.
/// </summary>
public static class StatusTable
{
    public static ImmutableArray<IrStatusRow> For(IrRule rule)
    {
        var rows = ImmutableArray.CreateBuilder<IrStatusRow>();
        void Row(IrStatus status, ImmutableArray<IrRuleFact> holds, ImmutableArray<IrRuleFact> fails = default) =>
            rows.Add(new IrStatusRow(status, holds, fails.IsDefault ? [] : fails));
        Row(IrStatus.NotApplicable, [], [Triggered]);
        Row(IrStatus.Excused, [Excused]);
        if (!rule.OverriddenBy.IsEmpty) Row(IrStatus.Overridden, [Overridden]);
        switch (rule.Kind)
        {
            case IrRuleKind.Permission:
                Row(IrStatus.Permitted, []);
                break;
            case IrRuleKind.Prohibition:
                if (rule.Done is not null)
                {
                    if (rule.IsBinding && rule.SettledTrigger is not null) Row(IrStatus.Contested, [Done, ContestedGround]);
                    Row(Unmet(rule), [Done]);
                }
                Row(IrStatus.Complied, []);
                break;
            default:
                if (rule.Done is not null) Row(IrStatus.Complied, [Done]);
                if (rule.Deadline is not null) Row(IrStatus.Pending, [WithinDeadline]);
                if (rule.IsBinding && rule.SettledTrigger is not null) Row(IrStatus.Contested, [ContestedGround]);
                Row(Unmet(rule), []);
                break;
        }
        return rows.ToImmutable();
    }

    /// <summary>An unmet duty breaches only a settled rule; a non-binding one is not met.</summary>
    private static IrStatus Unmet(IrRule rule) => rule.IsBinding ? IrStatus.Breached : IrStatus.NotMet;

    /// <summary>The status given the rule facts of one evaluation: the first row that matches.</summary>
    public static IrStatus Decide(ImmutableArray<IrStatusRow> rows, Func<IrRuleFact, bool> fact)
    {
        foreach (var row in rows)
            if (row.Matches(fact)) return row.Status;
        throw new InvalidOperationException("A decision table ends with an unconditional row.");
    }
}
