namespace Obligations.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol
{
    public required string Name { get; init; }
    public string? Detail { get; init; }
    public int Kind { get; init; }
    public required Range Range { get; init; }
    public required Range SelectionRange { get; init; }
    public List<DocumentSymbol>? Children { get; init; }
}

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, LspLocation Location, string? ContainerName);

/// <summary>The LSP SymbolKind numbers this server uses.</summary>
public static class LspSymbolKind
{
    public const int Module = 2;
    public const int Class = 5;
    public const int Method = 6;
    public const int Property = 7;
    public const int Field = 8;
    public const int Enum = 10;
    public const int Interface = 11;
    public const int Function = 12;
    public const int Variable = 13;
    public const int Constant = 14;
    public const int Object = 19;
    public const int EnumMember = 22;
    public const int Struct = 23;
    public const int Event = 24;
}

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(List<int> Data);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);
