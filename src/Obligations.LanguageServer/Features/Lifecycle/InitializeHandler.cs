using System.Text.Json;
using Obligations.LanguageServer.Features.SemanticTokens;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Lifecycle;

/// <summary><c>initialize</c>: reads the settings and workspace folders, loads the folders' .obl files, states the capabilities.</summary>
public sealed class InitializeHandler(ServerServices services) : RequestHandler<InitializeParams, InitializeResult>(services)
{
    public override string Method => "initialize";

    protected override InitializeResult Handle(InitializeParams? request, CancellationToken cancellationToken)
    {
        Services.Settings.Apply(request!.InitializationOptions);
        Services.ClientSupportsWatcherRegistration = SupportsWatcherRegistration(request.Capabilities);
        ScenarioCases.ScenarioCaseService.For(Services).ClientRefreshesCodeLens = CodeLens.CodeLensCapabilities.SupportsRefresh(request.Capabilities);
        var folders = request.WorkspaceFolders?.Select(f => f.Uri).ToList() ?? [];
        if (folders.Count == 0 && request.RootUri is { } root) folders.Add(root);
        else if (folders.Count == 0 && request.RootPath is { } rootPath) folders.Add(new Uri(Path.GetFullPath(rootPath)).AbsoluteUri);
        foreach (var folder in folders) Services.Workspace.AddFolder(folder);
        return new InitializeResult(Capabilities, new ServerInfo("obligations-language-server", typeof(InitializeHandler).Assembly.GetName().Version?.ToString() ?? "0.1.0"));
    }

    public static ServerCapabilities Capabilities { get; } = new()
    {
        TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
        HoverProvider = true,
        DefinitionProvider = true,
        ReferencesProvider = true,
        DocumentSymbolProvider = true,
        WorkspaceSymbolProvider = true,
        CompletionProvider = new CompletionOptions([".", " ", "{", ","], ResolveProvider: false),
        RenameProvider = new RenameOptions(PrepareProvider: true),
        SemanticTokensProvider = new SemanticTokensOptions(SemanticTokenLegend.Legend, Full: true, Range: true),
        DocumentFormattingProvider = true,
        CodeActionProvider = new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.RefactorRewrite]),
        CodeLensProvider = new CodeLensOptions(ResolveProvider: false),
        DiagnosticProvider = new DiagnosticOptions(InterFileDependencies: true, WorkspaceDiagnostics: true),
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
    };

    private static bool SupportsWatcherRegistration(JsonElement? capabilities) =>
        capabilities is { ValueKind: JsonValueKind.Object } c
        && c.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object
        && workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == JsonValueKind.Object
        && watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == JsonValueKind.True;
}
