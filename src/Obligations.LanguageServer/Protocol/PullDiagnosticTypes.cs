namespace Obligations.LanguageServer.Protocol;

public sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A pulled report: <c>kind</c> "full" with its items, or "unchanged" when the client's result id is still current.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, List<LspDiagnostic>? Items);

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams(string? Identifier, List<PreviousResultId>? PreviousResultIds);

public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, int? Version, string ResultId, List<LspDiagnostic>? Items);

public sealed record WorkspaceDiagnosticReport(List<WorkspaceDocumentDiagnosticReport> Items);
