using Obligations.Binding;
using Obligations.LanguageServer.Features.Hover;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>Builders for completion items; sort text puts the likeliest group first.</summary>
public static class CompletionItems
{
    public static IEnumerable<CompletionItem> Keywords(IEnumerable<string> keywords, string sortGroup = "1") =>
        keywords.Select(k => new CompletionItem { Label = k, Kind = CompletionItemKind.Keyword, SortText = sortGroup + k });

    public static IEnumerable<CompletionItem> Symbols(IEnumerable<Symbol> symbols, string sortGroup = "1") =>
        symbols.Select(s => new CompletionItem
        {
            Label = s.Name,
            Kind = SymbolKinds.ToCompletionKind(s.Kind),
            Detail = SymbolDisplay.Detail(s),
            Documentation = new MarkupContent(MarkupKind.Markdown, HoverHandler.Describe(s)),
            SortText = sortGroup + s.Name,
        });

    public static IEnumerable<CompletionItem> Values(IEnumerable<string> values, int kind, string detail) =>
        values.Select(v => new CompletionItem { Label = v, Kind = kind, Detail = detail, SortText = "0" + v });

    public static IEnumerable<CompletionItem> Types(IEnumerable<Symbol> scope) =>
        Keywords(["set of"], "1")
            .Concat(LanguageFacts.PrimitiveTypes.Select(t => new CompletionItem { Label = t, Kind = CompletionItemKind.TypeParameter, SortText = "0" + t }))
            .Concat(Symbols(scope.Where(s => s.Kind is SymbolKind.Enum or SymbolKind.Record), "0"));
}
