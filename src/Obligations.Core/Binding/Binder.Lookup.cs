using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// Name lookup across modules, and "did you mean" suggestions.
internal sealed partial class Binder
{
    /// <summary>
    /// Finds a top-level symbol by name as seen from <paramref name="context"/>'s module. A name declared in a
    /// module that is not imported still resolves (so one mistake gives one message) but is reported.
    /// </summary>
    private Symbol? Lookup(IdentifierSyntax name, Symbol context, bool reportMissing = true, IEnumerable<Symbol>? candidates = null)
    {
        if (name.IsMissing) return null;
        if (_byName.TryGetValue(name.Text, out var symbol))
        {
            if (!IsVisible(symbol, context))
                Report(DiagnosticDescriptors.NotImported, Loc(context, name.Span), name.Text, symbol.ModuleName);
            _references[name] = symbol;
            return symbol;
        }
        if (reportMissing)
            Report(DiagnosticDescriptors.UndefinedName, Loc(context, name.Span), name.Text,
                Suggest(name.Text, (candidates ?? VisibleSymbols(context)).Select(s => s.Name)));
        return null;
    }

    private bool IsVisible(Symbol symbol, Symbol context) =>
        _visible.TryGetValue(context.ModuleName, out var visible) && visible.Contains(symbol.ModuleName);

    private IEnumerable<Symbol> VisibleSymbols(Symbol context) => _symbols.Where(s => IsVisible(s, context));

    /// <summary>"; did you mean 'x'?" for the closest candidate within a small edit distance, else empty.</summary>
    internal static string Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (candidate == name) continue;
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        return best is not null && bestDistance <= limit ? $"; did you mean '{best}'?" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
