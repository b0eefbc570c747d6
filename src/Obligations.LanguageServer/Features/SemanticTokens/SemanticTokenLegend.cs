using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.SemanticTokens;

/// <summary>
/// The semantic token legend: the lexical classes of <see cref="SyntaxTree.Tokens"/> plus one type per symbol
/// kind, all standard LSP names so every theme colours them.
/// </summary>
public static class SemanticTokenLegend
{
    private static readonly List<string> s_types =
    [
        "keyword", "number", "string", "operator", "comment", "variable",
        "enum", "enumMember", "struct", "property", "parameter", "class", "macro", "function", "event", "method", "type", "interface",
    ];

    private static readonly List<string> s_modifiers = ["declaration", "documentation", "readonly"];

    public static Protocol.SemanticTokensLegend Legend { get; } = new(s_types, s_modifiers);

    public const int DeclarationModifier = 1 << 0;
    public const int DocumentationModifier = 1 << 1;
    public const int ReadonlyModifier = 1 << 2;

    public static int TypeIndex(string name) => s_types.IndexOf(name);

    /// <summary>The token type of a lexical token, or null for identifiers (classified by their symbol) and invalid text.</summary>
    public static string? ForToken(SyntaxTokenKind kind) => kind switch
    {
        SyntaxTokenKind.Keyword => "keyword",
        SyntaxTokenKind.Number or SyntaxTokenKind.Date => "number",
        SyntaxTokenKind.Text => "string",
        SyntaxTokenKind.Operator => "operator",
        SyntaxTokenKind.Comment or SyntaxTokenKind.DocComment => "comment",
        _ => null,
    };

    public static string ForSymbol(SymbolKind kind) => kind switch
    {
        SymbolKind.Enum => "enum",
        SymbolKind.EnumMember => "enumMember",
        SymbolKind.Record => "struct",
        SymbolKind.Field => "property",
        SymbolKind.Fact => "parameter",
        SymbolKind.Party => "class",
        SymbolKind.Define => "variable",
        SymbolKind.Threshold => "macro",
        SymbolKind.Criterion => "property",
        SymbolKind.Trigger => "event",
        SymbolKind.Measure => "method",
        SymbolKind.Rule => "function",
        _ => "interface",
    };
}
