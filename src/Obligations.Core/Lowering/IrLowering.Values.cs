using System.Collections.Immutable;
using Obligations.Binding;

namespace Obligations.Lowering;

// Named values: defines, triggers, thresholds and their criteria, ordered so each follows what it reads.
public sealed partial class IrLowering
{
    /// <summary>A non-settled criterion's citation says its strength, so explanations and witnesses show it.</summary>
    private static string? WithStrength(CriterionSymbol c) => c.Strength == NormStrength.Settled
        ? c.Citation
        : string.Join("; ", new[] { c.Citation, $"strength {Syntax.Vocabulary.Strengths[(int)c.Strength]}" + (c.StrengthCitation is { } s ? ": " + s : "") }.OfType<string>());

    private void LowerValues()
    {
        var order = DependencyOrder(out var cyclic);
        var values = new List<IrValue>();
        foreach (var symbol in order)
        {
            switch (symbol)
            {
                case DefineSymbol d:
                    values.Add(Map(d, new IrValue(IrValueKind.Define, d.Name, TypeOf(d.Type), SourceOf(d), d.DocComment)));
                    break;
                case TriggerSymbol t:
                    values.Add(Map(t, new IrValue(IrValueKind.Trigger, t.Name, IrType.Bool, SourceOf(t), t.DocComment)));
                    break;
                case ThresholdSymbol h:
                    foreach (var c in h.Criteria)
                        values.Add(Map(c, new IrValue(IrValueKind.Criterion, c.Name, IrType.Bool, SourceOf(c), c.DocComment)));
                    values.Add(Map(h, new IrValue(IrValueKind.Threshold, h.Name, IrType.Bool, SourceOf(h), h.DocComment)));
                    break;
            }
        }
        for (var i = 0; i < values.Count; i++) values[i].Index = i;
        _ir.Values = [.. values];
        // Bodies after every value exists, so references resolve; conditions numbered in value order.
        foreach (var symbol in order)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var invalid = cyclic.Contains(symbol) ? $"'{symbol.Name}' is part of a definition cycle" : null;
            if (invalid is not null) _problems.Add(invalid);
            switch (symbol)
            {
                case DefineSymbol d:
                    var define = ValueOf(d);
                    define.Body = invalid is null && d.Value is not null
                        ? Declared(Coerce(Expression(d.Value, d), define.Type), define.Type)
                        : new IrInvalid(define.Type, define.Source, invalid ?? "the define has no value");
                    break;
                case TriggerSymbol t:
                    var trigger = ValueOf(t);
                    trigger.Body = invalid is null && t.Condition is not null ? Condition(t.Condition, t) : new IrInvalid(IrType.Bool, trigger.Source, invalid ?? "no condition");
                    trigger.Condition = AddNamed(IrConditionKind.Trigger, trigger, SourceOf(t, t.Condition?.Syntax ?? (Syntax.SyntaxNode)t.NameSyntax, t.Citation));
                    break;
                case ThresholdSymbol h:
                    var criteria = new List<IrExpression>();
                    foreach (var c in h.Criteria)
                    {
                        var criterion = ValueOf(c);
                        criterion.Body = invalid is null && c.Condition is not null ? Condition(c.Condition, h) : new IrInvalid(IrType.Bool, criterion.Source, invalid ?? "no condition");
                        criterion.Condition = AddNamed(IrConditionKind.Criterion, criterion, SourceOf(h, c.Condition?.Syntax ?? (Syntax.SyntaxNode)c.NameSyntax, WithStrength(c)));
                        criteria.Add(new IrValueReference(criterion, criterion.Source));
                    }
                    var threshold = ValueOf(h);
                    foreach (var c in h.Criteria) ValueOf(c).Threshold = threshold;
                    threshold.Body = new IrLogical(threshold.Source, h.Quantifier == Syntax.ThresholdQuantifier.All, [.. criteria]);
                    var quantifier = h.Quantifier == Syntax.ThresholdQuantifier.Any ? "any of: " : "all of: ";
                    threshold.Condition = AddNamed(IrConditionKind.Threshold, threshold,
                        new IrSource(h.Location, quantifier + string.Join(", ", h.Criteria.Select(c => c.Name)), h.Citation),
                        [.. h.Criteria.Select(c => ValueOf(c).Condition!.Id)]);
                    break;
            }
        }
    }

    private IrValue ValueOf(Symbol symbol) => (IrValue)_map[symbol];

    private IrCondition AddNamed(IrConditionKind kind, IrValue value, IrSource source, ImmutableArray<int>? supports = null)
    {
        var condition = new IrCondition(_conditions.Count, kind, value.Name, value.Body, source, supports ?? SupportsOf(value.Body)) { Named = value };
        _conditions.Add(condition);
        return condition;
    }

    private IrCondition AddCondition(IrConditionKind kind, string owner, IrExpression? expression, IrSource source, ImmutableArray<int>? supports = null)
    {
        var condition = new IrCondition(_conditions.Count, kind, owner, expression, source, supports ?? SupportsOf(expression));
        _conditions.Add(condition);
        return condition;
    }

    /// <summary>The named conditions an expression reads, looking through defines (each define's once).</summary>
    private ImmutableArray<int> SupportsOf(IrExpression? expression)
    {
        var ids = new List<int>();
        var seen = new HashSet<IrValue>();
        var pending = new Stack<IrExpression>();
        if (expression is not null) pending.Push(expression);
        while (pending.Count > 0)
        {
            foreach (var node in IrWalker.Nodes(pending.Pop()))
            {
                if (node is not IrValueReference { Value: var v } || !seen.Add(v)) continue;
                if (v.Condition is { } named) ids.Add(named.Id);
                else if (v.Kind == IrValueKind.Define && v.Body is not null) pending.Push(v.Body);
            }
        }
        return [.. ids.Distinct()];
    }

    /// <summary>
    /// Defines, triggers and thresholds, each after everything it reads (a depth-first order kept on an explicit
    /// stack); <paramref name="cyclic"/> gets every value that reaches itself.
    /// </summary>
    private List<Symbol> DependencyOrder(out HashSet<Symbol> cyclic)
    {
        var ordered = new List<Symbol>();
        var state = new Dictionary<Symbol, int>(ReferenceEqualityComparer.Instance); // 1 = on the stack, 2 = done
        cyclic = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        foreach (var root in _bound.Symbols.Where(IsValue))
        {
            if (state.ContainsKey(root)) continue;
            var stack = new Stack<(Symbol Symbol, IEnumerator<Symbol> Uses)>();
            state[root] = 1;
            stack.Push((root, Uses(root).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (symbol, uses) = stack.Peek();
                if (uses.MoveNext())
                {
                    var used = uses.Current;
                    if (!state.TryGetValue(used, out var s))
                    {
                        state[used] = 1;
                        stack.Push((used, Uses(used).GetEnumerator()));
                    }
                    else if (s == 1)
                    {
                        foreach (var frame in stack.TakeWhile(f => !ReferenceEquals(f.Symbol, used))) cyclic.Add(frame.Symbol);
                        cyclic.Add(used);
                    }
                    continue;
                }
                stack.Pop();
                state[symbol] = 2;
                ordered.Add(symbol);
            }
        }
        return ordered;
    }

    private static bool IsValue(Symbol s) => s is DefineSymbol or TriggerSymbol or ThresholdSymbol;

    private static IEnumerable<Symbol> Uses(Symbol symbol)
    {
        IEnumerable<BoundExpression?> bodies = symbol switch
        {
            DefineSymbol d => [d.Value],
            TriggerSymbol t => [t.Condition],
            ThresholdSymbol h => h.Criteria.Select(c => c.Condition),
            _ => [],
        };
        return bodies.SelectMany(BoundNodes).OfType<BoundSymbolReference>().Select(r => r.Symbol).Where(IsValue);
    }

    /// <summary>Every node of a bound expression, on an explicit stack.</summary>
    internal static IEnumerable<BoundExpression> BoundNodes(BoundExpression? root)
    {
        if (root is null) yield break;
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case BoundFieldAccess f: stack.Push(f.Target); break;
                case BoundUnary u: stack.Push(u.Operand); break;
                case BoundBinary b: stack.Push(b.Right); stack.Push(b.Left); break;
                case BoundSet s: foreach (var e in s.Elements) stack.Push(e); break;
                case BoundMatch m:
                    foreach (var arm in m.Arms)
                    {
                        stack.Push(arm.Value);
                        foreach (var v in arm.Values) stack.Push(v);
                        if (arm.Guard is not null) stack.Push(arm.Guard);
                    }
                    if (m.Subject is not null) stack.Push(m.Subject);
                    break;
            }
        }
    }
}
