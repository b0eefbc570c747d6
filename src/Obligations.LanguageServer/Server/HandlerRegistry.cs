using Obligations.LanguageServer.Features.CodeActions;
using Obligations.LanguageServer.Features.CodeLens;
using Obligations.LanguageServer.Features.Completion;
using Obligations.LanguageServer.Features.Definition;
using Obligations.LanguageServer.Features.DocumentSymbols;
using Obligations.LanguageServer.Features.Formatting;
using Obligations.LanguageServer.Features.Hover;
using Obligations.LanguageServer.Features.Lifecycle;
using Obligations.LanguageServer.Features.PullDiagnostics;
using Obligations.LanguageServer.Features.References;
using Obligations.LanguageServer.Features.Rename;
using Obligations.LanguageServer.Features.ScenarioCases;
using Obligations.LanguageServer.Features.SemanticTokens;
using Obligations.LanguageServer.Features.TextSync;
using Obligations.LanguageServer.Features.WorkspaceFiles;
using Obligations.LanguageServer.Features.WorkspaceSymbols;

namespace Obligations.LanguageServer.Server;

/// <summary>The one list of every request and notification the server handles.</summary>
public static class HandlerRegistry
{
    public static IReadOnlyList<ILspHandler> Create(ServerServices services) =>
    [
        new InitializeHandler(services),
        new InitializedHandler(services),
        new ShutdownHandler(services),
        new ExitHandler(services),
        new DidOpenHandler(services),
        new DidChangeHandler(services),
        new DidCloseHandler(services),
        new DidSaveHandler(services),
        new DidChangeWatchedFilesHandler(services),
        new DidChangeWorkspaceFoldersHandler(services),
        new DidChangeConfigurationHandler(services),
        new HoverHandler(services),
        new DefinitionHandler(services),
        new ReferencesHandler(services),
        new DocumentSymbolHandler(services),
        new WorkspaceSymbolHandler(services),
        new CompletionHandler(services),
        new PrepareRenameHandler(services),
        new RenameHandler(services),
        new SemanticTokensHandler(services),
        new SemanticTokensRangeHandler(services),
        new DocumentFormattingHandler(services),
        new CodeActionHandler(services),
        new DocumentDiagnosticHandler(services),
        new WorkspaceDiagnosticHandler(services),
        new ListCasesHandler(services),
        new RunCasesHandler(services),
        new CaseCountsCodeLensHandler(services),
    ];
}
