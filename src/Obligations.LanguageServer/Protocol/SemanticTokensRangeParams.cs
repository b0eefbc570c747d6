namespace Obligations.LanguageServer.Protocol;

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);
