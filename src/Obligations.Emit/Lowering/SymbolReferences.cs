using Obligations.Binding;

namespace Obligations.Emit.Lowering;

/// <summary>What a bound expression refers to: the named values it reads, and the enums it uses as sets.</summary>
internal static class SymbolReferences
{
    /// <summary>Defines, triggers and thresholds referred to directly.</summary>
    public static IEnumerable<Symbol> ValuesIn(BoundExpression? expression) =>
        Walk(expression).OfType<BoundSymbolReference>().Select(r => r.Symbol)
            .Where(s => s is DefineSymbol or TriggerSymbol or ThresholdSymbol);

    /// <summary>Every node of a bound expression, in evaluation order.</summary>
    public static IEnumerable<BoundExpression> Walk(BoundExpression? expression)
    {
        if (expression is null) yield break;
        yield return expression;
        var children = expression switch
        {
            BoundFieldAccess f => [f.Target],
            BoundUnary u => [u.Operand],
            BoundBinary b => [b.Left, b.Right],
            BoundSet s => s.Elements.ToArray(),
            BoundMatch m => new[] { m.Subject }.Concat(m.Arms.SelectMany(a => new[] { a.Guard }.Concat(a.Values).Append(a.Value))).ToArray(),
            _ => Array.Empty<BoundExpression?>(),
        };
        foreach (var child in children)
        foreach (var node in Walk(child))
            yield return node;
    }

    /// <summary>The expressions a named value is computed from.</summary>
    public static IEnumerable<BoundExpression?> Body(Symbol symbol) => symbol switch
    {
        DefineSymbol d => [d.Value],
        TriggerSymbol t => [t.Condition],
        ThresholdSymbol h => h.Criteria.Select(c => c.Condition),
        _ => [],
    };

    /// <summary>The defines, triggers and thresholds ordered so that each follows everything it uses.</summary>
    public static List<Symbol> DependencyOrder(BoundProgram program)
    {
        var ordered = new List<Symbol>();
        var visited = new HashSet<Symbol>();
        void Visit(Symbol symbol)
        {
            if (!visited.Add(symbol)) return;
            foreach (var used in Body(symbol).SelectMany(ValuesIn)) Visit(used);
            ordered.Add(symbol);
        }
        foreach (var symbol in program.Symbols.Where(s => s is DefineSymbol or TriggerSymbol or ThresholdSymbol)) Visit(symbol);
        return ordered;
    }
}
