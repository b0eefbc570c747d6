using System.Collections.Immutable;
using Obligations.Binding;

namespace Obligations.Lowering;

// Normative strength of criteria: each value that reads a non-settled criterion gets a settled view (the same value
// with those criteria taken as unmet), so "met only through contested criteria" is an ordinary expression that every
// consumer already evaluates, encodes and emits.
public sealed partial class IrLowering
{
    private void LowerSettledViews()
    {
        foreach (var (symbol, ir) in _map)
            if (symbol is CriterionSymbol c && ir is IrValue v) v.Strength = (IrStrength)(int)c.Strength;
        var values = new List<IrValue>();
        foreach (var value in _ir.Values)
        {
            values.Add(value);
            var body = value is { Kind: IrValueKind.Criterion, Strength: not IrStrength.Settled }
                ? new IrConstant(IrType.Bool, value.Source, false)
                : Settled(value.Body);
            if (ReferenceEquals(body, value.Body)) continue;
            var view = new IrValue(IrValueKind.Define, value.Name + "_settled_view", value.Type, value.Source, null) { Body = body };
            value.SettledView = view;
            values.Add(view);
        }
        if (values.Count == _ir.Values.Length) return;
        for (var i = 0; i < values.Count; i++) values[i].Index = i;
        _ir.Values = [.. values];
    }

    /// <summary>The rule's triggering (and, for a prohibition, its act) with non-settled criteria taken as unmet; null when unchanged.</summary>
    private IrExpression? SettledTrigger(IrRule rule)
    {
        var parts = rule.Whens.Select(w => w.Expression!).ToList();
        if (rule.Kind == IrRuleKind.Prohibition && rule.Measure?.Done is { } done) parts.Add(done);
        var settled = parts.Select(Settled).ToList();
        if (settled.Zip(parts).All(p => ReferenceEquals(p.First, p.Second))) return null;
        return new IrLogical(rule.Source, true, [.. settled]);
    }

    /// <summary>The expression with every value reference replaced by its settled view; the same instance when nothing changes.</summary>
    private static IrExpression Settled(IrExpression expression)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return expression;
        switch (expression)
        {
            case IrValueReference { Value.SettledView: { } view } r:
                return new IrValueReference(view, r.Source);
            case IrFieldAccess f when Settled(f.Target) is var target && !ReferenceEquals(target, f.Target):
                return f with { Target = target };
            case IrUnary u when Settled(u.Operand) is var operand && !ReferenceEquals(operand, u.Operand):
                return u with { Operand = operand };
            case IrBinary b:
                var (left, right) = (Settled(b.Left), Settled(b.Right));
                return ReferenceEquals(left, b.Left) && ReferenceEquals(right, b.Right) ? b : b with { Left = left, Right = right };
            case IrLogical l:
                var operands = All(l.Operands);
                return operands.IsDefault ? l : l with { Operands = operands };
            case IrSetLiteral s:
                var elements = All(s.Elements);
                return elements.IsDefault ? s : s with { Elements = elements };
            case IrMatch m:
                var subject = m.Subject is null ? null : Settled(m.Subject);
                var changed = !ReferenceEquals(subject, m.Subject);
                var arms = m.Arms.Select(a =>
                {
                    var guard = a.Guard is null ? null : Settled(a.Guard);
                    var values = All(a.Values);
                    var value = Settled(a.Value);
                    if (ReferenceEquals(guard, a.Guard) && values.IsDefault && ReferenceEquals(value, a.Value)) return a;
                    changed = true;
                    return a with { Guard = guard, Values = values.IsDefault ? a.Values : values, Value = value };
                }).ToImmutableArray();
                return changed ? m with { Subject = subject, Arms = arms } : m;
            default:
                return expression;
        }
    }

    /// <summary>The settled views of the operands; default when none changes.</summary>
    private static ImmutableArray<IrExpression> All(ImmutableArray<IrExpression> operands)
    {
        var settled = operands.Select(Settled).ToImmutableArray();
        return settled.Zip(operands).All(p => ReferenceEquals(p.First, p.Second)) ? default : settled;
    }
}
