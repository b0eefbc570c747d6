using System.Text.Json;

namespace Obligations.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One edit: with a range it replaces that range, without one it is the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, List<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(List<FileEvent> Changes);

public sealed record WorkspaceFoldersChangeEvent(List<WorkspaceFolder> Added, List<WorkspaceFolder> Removed);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWatchedFilesRegistrationOptions(List<FileSystemWatcher> Watchers);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record RegistrationParams(List<Registration> Registrations);
