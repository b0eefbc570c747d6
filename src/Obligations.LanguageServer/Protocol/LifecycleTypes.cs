using System.Text.Json;

namespace Obligations.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    JsonElement? InitializationOptions,
    JsonElement? Capabilities,
    List<WorkspaceFolder>? WorkspaceFolders);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public static class TextDocumentSyncKind
{
    public const int None = 0;
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record CompletionOptions(List<string> TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensLegend(List<string> TokenTypes, List<string> TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record CodeActionOptions(List<string> CodeActionKinds);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record ServerCapabilities
{
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public bool HoverProvider { get; init; }
    public bool DefinitionProvider { get; init; }
    public bool ReferencesProvider { get; init; }
    public bool DocumentSymbolProvider { get; init; }
    public bool WorkspaceSymbolProvider { get; init; }
    public CompletionOptions? CompletionProvider { get; init; }
    public RenameOptions? RenameProvider { get; init; }
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }
    public bool DocumentFormattingProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public CodeLensOptions? CodeLensProvider { get; init; }
    public DiagnosticOptions? DiagnosticProvider { get; init; }
    public WorkspaceServerCapabilities? Workspace { get; init; }
}
