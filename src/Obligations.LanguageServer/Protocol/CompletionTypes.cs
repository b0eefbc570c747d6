namespace Obligations.LanguageServer.Protocol;

public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The LSP CompletionItemKind numbers this server uses.</summary>
public static class CompletionItemKind
{
    public const int Text = 1;
    public const int Method = 2;
    public const int Function = 3;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Interface = 8;
    public const int Module = 9;
    public const int Property = 10;
    public const int Unit = 11;
    public const int Value = 12;
    public const int Enum = 13;
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int Constant = 21;
    public const int Struct = 22;
    public const int Event = 23;
    public const int EnumMember = 20;
    public const int TypeParameter = 25;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

public sealed record CompletionItem
{
    public required string Label { get; init; }
    public int Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public string? InsertText { get; init; }
    public int? InsertTextFormat { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, List<CompletionItem> Items);
