using System.Runtime.CompilerServices;
using Obligations.Binding;
using Obligations.Semantics;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>
/// The symbols a document sees, listed and indexed by name once per semantic model (so once per snapshot) rather
/// than on every completion request: typing asks for completion on almost every keystroke.
/// </summary>
public sealed class CompletionScope
{
    private static readonly ConditionalWeakTable<SemanticModel, CompletionScope> s_cache = new();

    private CompletionScope(SemanticModel model)
    {
        List = model.LookupSymbols().ToList();
        ByName = List.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public List<Symbol> List { get; }

    public IReadOnlyDictionary<string, Symbol> ByName { get; }

    public static CompletionScope For(SemanticModel model) => s_cache.GetValue(model, static m => new CompletionScope(m));
}
