using System.Collections.Immutable;
using static Obligations.Lowering.IrRuleFact;

namespace Obligations.Lowering;

/// <summary>
/// The decision table of rule statuses, the one statement of what a status means. In order: not triggered →
/// not applicable; excused; overridden; then by kind — a permission is permitted; a prohibition is breached when
/// its act was done and complied otherwise; an obligation is complied when its act was done (in time), pending
/// while its deadline is open, and breached otherwise.
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
                if (rule.Done is not null) Row(IrStatus.Breached, [Done]);
                Row(IrStatus.Complied, []);
                break;
            default:
                if (rule.Done is not null) Row(IrStatus.Complied, [Done]);
                if (rule.Deadline is not null) Row(IrStatus.Pending, [WithinDeadline]);
                Row(IrStatus.Breached, []);
                break;
        }
        return rows.ToImmutable();
    }

    /// <summary>The status given the rule facts of one evaluation: the first row that matches.</summary>
    public static IrStatus Decide(ImmutableArray<IrStatusRow> rows, Func<IrRuleFact, bool> fact)
    {
        foreach (var row in rows)
            if (row.Matches(fact)) return row.Status;
        throw new InvalidOperationException("A decision table ends with an unconditional row.");
    }
}
