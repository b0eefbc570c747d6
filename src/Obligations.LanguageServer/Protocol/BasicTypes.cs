using System.Text.Json.Serialization;

namespace Obligations.LanguageServer.Protocol;

// The LSP 3.17 base structures this server uses, as plain records serialized with System.Text.Json
// (camelCase, nulls omitted). Only the members the server reads or writes are declared.

/// <summary>A zero-based line and UTF-16 character offset (the LSP default encoding, which is .NET's).</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

[JsonConverter(typeof(JsonStringEnumConverter<MarkupKind>))]
public enum MarkupKind
{
    [JsonStringEnumMemberName("plaintext")] PlainText,
    [JsonStringEnumMemberName("markdown")] Markdown,
}

public sealed record LspLocation(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, List<TextEdit>> Changes);

public sealed record MarkupContent(MarkupKind Kind, string Value);

public sealed record WorkspaceFolder(string Uri, string Name);
