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
    // One document context (and so one semantic model) per file and snapshot, shared by every request on it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DocumentContext> _documents = new(StringComparer.Ordinal);

    /// <summary>The URI to report for a path: the client's own spelling when the document is open.</summary>
    public string UriOf(string path) => OpenDocuments.TryGetValue(path, out var open) ? open.Uri : DocumentUris.FromPath(path);

    /// <summary>The document behind a URI, open or on disk; null when the workspace does not hold it.</summary>
    public DocumentContext? GetDocument(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (_documents.TryGetValue(path, out var cached)) return cached;
        var tree = Compilation.GetTree(path);
        return tree is null ? null : _documents.GetOrAdd(path, _ => new DocumentContext(this, UriOf(path), tree));
    }
}

/// <summary>One document of a snapshot, with its semantic model made on first use.</summary>
public sealed class DocumentContext(WorkspaceSnapshot snapshot, string uri, SyntaxTree tree)
{
    private readonly object _gate = new();
    private SemanticModel? _model;

    public WorkspaceSnapshot Snapshot => snapshot;
    public string Uri => uri;
    public SyntaxTree Tree => tree;
    public Obligations.Text.SourceText Text => tree.Text;
    public Compilation Compilation => snapshot.Compilation;

    /// <summary>The document's semantic model, made once per snapshot (hover, definition and completion share it).</summary>
    public SemanticModel GetSemanticModel(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _model) is { } model) return model;
        lock (_gate) return _model ??= snapshot.Compilation.GetSemanticModel(tree, cancellationToken);
    }

    public int OffsetOf(Protocol.Position position) => Text.ToOffset(position);

    public Protocol.LspLocation ToLspLocation(Obligations.Text.Location location) =>
        new(snapshot.UriOf(location.Path), location.Source.ToRange(location.Span));
}
