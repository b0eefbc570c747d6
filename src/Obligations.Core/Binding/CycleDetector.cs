using Obligations.Diagnostics;

namespace Obligations.Binding;

/// <summary>
/// Finds definitions that depend on themselves (defines, thresholds, triggers through their bodies; records
/// through their fields) and reports each cycle once, at its first member in declaration order.
/// </summary>
internal sealed class CycleDetector(IReadOnlyList<Symbol> symbols, DiagnosticBag diagnostics)
{
    private readonly Dictionary<Symbol, int> _state = new();
    private readonly Stack<Symbol> _path = new();
    private readonly HashSet<Symbol> _reported = new();

    public void Run()
    {
        foreach (var symbol in symbols)
            if (symbol is DefineSymbol or ThresholdSymbol or TriggerSymbol or RecordSymbol) Visit(symbol);
    }

    private void Visit(Symbol symbol)
    {
        if (_state.TryGetValue(symbol, out var state))
        {
            if (state == 1) ReportCycle(symbol);
            return;
        }
        _state[symbol] = 1;
        _path.Push(symbol);
        foreach (var dependency in Dependencies(symbol)) Visit(dependency);
        _path.Pop();
        _state[symbol] = 2;
    }

    private void ReportCycle(Symbol start)
    {
        var cycle = _path.Reverse().SkipWhile(s => !ReferenceEquals(s, start)).ToList();
        if (cycle.Any(_reported.Contains)) return;
        foreach (var s in cycle) _reported.Add(s);
        var chain = string.Join(" → ", cycle.Append(start).Select(s => s.Name));
        diagnostics.Report(DiagnosticDescriptors.CyclicDefinition, start.Location, start.Name, chain);
    }

    private static IEnumerable<Symbol> Dependencies(Symbol symbol)
    {
        IEnumerable<BoundExpression?> bodies = symbol switch
        {
            DefineSymbol d => [d.Value],
            ThresholdSymbol t => t.Criteria.Select(c => c.Condition),
            TriggerSymbol t => [t.Condition],
            _ => [],
        };
        if (symbol is RecordSymbol r)
            return r.Fields.Select(f => f.Type is SetType s ? s.Element : f.Type).OfType<RecordType>().Select(t => (Symbol)t.Symbol);
        return bodies.OfType<BoundExpression>()
            .SelectMany(BoundTreeWalker.DescendantsAndSelf)
            .OfType<BoundSymbolReference>()
            .Select(r => r.Symbol)
            .Where(s => s is DefineSymbol or ThresholdSymbol or TriggerSymbol);
    }
}
