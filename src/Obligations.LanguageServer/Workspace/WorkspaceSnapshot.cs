using System.Collections.Immutable;
using Obligations.LanguageServer.Server;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Workspace;

/// <summary>
/// An immutable view of the workspace at one generation: the compilation (open documents plus the .obl files
/// on disk) and the open documents. Handlers and the diagnostics task each work on one snapshot.
/// </summary>
public sealed record WorkspaceSnapshot(long Generation, Compilation Compilation, ImmutableDictionary<string, OpenDocument> OpenDocuments)
{
    /// <summary>The URI to report for a path: the client's own spelling when the document is open.</summary>
    public string UriOf(string path) => OpenDocuments.TryGetValue(path, out var open) ? open.Uri : DocumentUris.FromPath(path);

    /// <summary>The document behind a URI, open or on disk; null when the workspace does not hold it.</summary>
    public DocumentContext? GetDocument(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        var tree = Compilation.GetTree(path);
        return tree is null ? null : new DocumentContext(this, UriOf(path), tree);
    }
}

/// <summary>One document of a snapshot, with its semantic model made on first use.</summary>
public sealed class DocumentContext(WorkspaceSnapshot snapshot, string uri, SyntaxTree tree)
{
    private SemanticModel? _model;

    public WorkspaceSnapshot Snapshot => snapshot;
    public string Uri => uri;
    public SyntaxTree Tree => tree;
    public Obligations.Text.SourceText Text => tree.Text;
    public Compilation Compilation => snapshot.Compilation;

    public SemanticModel GetSemanticModel(CancellationToken cancellationToken = default) =>
        _model ??= snapshot.Compilation.GetSemanticModel(tree, cancellationToken);

    public int OffsetOf(Protocol.Position position) => Text.ToOffset(position);

    public Protocol.LspLocation ToLspLocation(Obligations.Text.Location location) =>
        new(snapshot.UriOf(location.Path), location.Source.ToRange(location.Span));
}
