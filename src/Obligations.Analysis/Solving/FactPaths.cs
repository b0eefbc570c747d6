using Obligations.Binding;

namespace Obligations.Analysis.Solving;

/// <summary>
/// The fact paths an expression depends on, through defines, thresholds and triggers. Two conditions that
/// share no fact cannot exclude each other, which spares the solver most pairs.
/// </summary>
internal sealed class FactPaths
{
    private readonly Dictionary<Symbol, HashSet<string>> _bySymbol = new();

    public HashSet<string> Of(BoundExpression expression)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in BoundTreeWalker.DescendantsAndSelf(expression))
        {
            switch (node)
            {
                case BoundNow: paths.Add(FactVariables.NowPath); break;
                case BoundFieldAccess access when TryPath(access, out var path): paths.Add(path); break;
                case BoundSymbolReference { Symbol: FactSymbol fact }: paths.Add(fact.Name); break;
                case BoundSymbolReference reference: paths.UnionWith(OfSymbol(reference.Symbol)); break;
            }
        }
        return paths;
    }

    private HashSet<string> OfSymbol(Symbol symbol)
    {
        if (_bySymbol.TryGetValue(symbol, out var cached)) return cached;
        _bySymbol[symbol] = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<BoundExpression?> roots = symbol switch
        {
            DefineSymbol d => [d.Value],
            ThresholdSymbol t => t.Criteria.Select(c => c.Condition),
            TriggerSymbol t => [t.Condition],
            _ => [],
        };
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
            if (root is not null) paths.UnionWith(Of(root));
        _bySymbol[symbol] = paths;
        return paths;
    }

    private static bool TryPath(BoundFieldAccess access, out string path)
    {
        try
        {
            path = ConditionEncoder.FactPath(access);
            return true;
        }
        catch (NotDecidedException)
        {
            path = string.Empty;
            return false;
        }
    }
}
