using Obligations.Binding;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.WorkspaceSymbols;

/// <summary>Workspace symbols: every declaration in every file whose name contains the query's letters in order.</summary>
public sealed class WorkspaceSymbolHandler(ServerServices services) : RequestHandler<WorkspaceSymbolParams, List<SymbolInformation>>(services)
{
    private const int MaxResults = 500;

    public override string Method => "workspace/symbol";

    protected override List<SymbolInformation>? Handle(WorkspaceSymbolParams? request, CancellationToken cancellationToken)
    {
        var snapshot = Services.Workspace.Snapshot;
        var program = snapshot.Compilation.GetBoundProgram(cancellationToken);
        var query = request!.Query ?? string.Empty;
        IEnumerable<(Symbol Symbol, string? Container)> all = program.Symbols.SelectMany(Expand);
        return all
            .Where(s => Matches(s.Symbol.Name, query))
            .OrderBy(s => s.Symbol.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(s => s.Symbol.Name, StringComparer.Ordinal)
            .Take(MaxResults)
            .Select(s => new SymbolInformation(
                s.Symbol.Name,
                SymbolKinds.ToLspSymbolKind(s.Symbol.Kind),
                new LspLocation(snapshot.UriOf(s.Symbol.Location.Path), s.Symbol.Location.Source.ToRange(s.Symbol.Location.Span)),
                s.Container ?? s.Symbol.ModuleName))
            .ToList();
    }

    private static IEnumerable<(Symbol, string?)> Expand(Symbol symbol)
    {
        yield return (symbol, null);
        IEnumerable<Symbol> children = symbol switch
        {
            EnumSymbol e => e.Members,
            RecordSymbol r => r.Fields,
            ThresholdSymbol t => t.Criteria,
            _ => [],
        };
        foreach (var child in children) yield return (child, symbol.Name);
    }

    /// <summary>Case-insensitive subsequence match, as editors' fuzzy pickers expect.</summary>
    public static bool Matches(string name, string query)
    {
        var i = 0;
        foreach (var c in name)
        {
            if (i < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i])) i++;
        }
        return i == query.Length;
    }
}
