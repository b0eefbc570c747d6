namespace Obligations.LanguageServer.Protocol;

public sealed record CodeActionContext(List<LspDiagnostic> Diagnostics, List<string>? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Refactor = "refactor";
    public const string RefactorRewrite = "refactor.rewrite";
}

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public List<LspDiagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
}
