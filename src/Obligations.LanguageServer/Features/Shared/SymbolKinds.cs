using Obligations.Binding;
using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Features.Shared;

/// <summary>The LSP symbol and completion kinds that stand for each kind of .obl symbol.</summary>
public static class SymbolKinds
{
    public static int ToLspSymbolKind(SymbolKind kind) => kind switch
    {
        SymbolKind.Enum => LspSymbolKind.Enum,
        SymbolKind.EnumMember => LspSymbolKind.EnumMember,
        SymbolKind.Record => LspSymbolKind.Struct,
        SymbolKind.Field => LspSymbolKind.Field,
        SymbolKind.Fact => LspSymbolKind.Variable,
        SymbolKind.Party => LspSymbolKind.Object,
        SymbolKind.Define => LspSymbolKind.Constant,
        SymbolKind.Threshold => LspSymbolKind.Function,
        SymbolKind.Criterion => LspSymbolKind.Property,
        SymbolKind.Trigger => LspSymbolKind.Event,
        SymbolKind.Measure => LspSymbolKind.Method,
        SymbolKind.Rule => LspSymbolKind.Class,
        _ => LspSymbolKind.Interface,
    };

    public static int ToCompletionKind(SymbolKind kind) => kind switch
    {
        SymbolKind.Enum => CompletionItemKind.Enum,
        SymbolKind.EnumMember => CompletionItemKind.EnumMember,
        SymbolKind.Record => CompletionItemKind.Struct,
        SymbolKind.Field => CompletionItemKind.Field,
        SymbolKind.Fact => CompletionItemKind.Variable,
        SymbolKind.Party => CompletionItemKind.Value,
        SymbolKind.Define => CompletionItemKind.Constant,
        SymbolKind.Threshold => CompletionItemKind.Function,
        SymbolKind.Criterion => CompletionItemKind.Property,
        SymbolKind.Trigger => CompletionItemKind.Event,
        SymbolKind.Measure => CompletionItemKind.Method,
        SymbolKind.Rule => CompletionItemKind.Class,
        _ => CompletionItemKind.Interface,
    };
}
