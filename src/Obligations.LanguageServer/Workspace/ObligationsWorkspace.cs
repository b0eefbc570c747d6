using System.Collections.Immutable;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.LanguageServer.Workspace;

/// <summary>
/// The server's mutable state, reduced to one atomic reference to an immutable <see cref="WorkspaceSnapshot"/>.
/// Every edit parses only the file it touches and swaps that tree into the compilation (AddOrReplace), so the
/// other files' trees are reused. Open documents win over the same file on disk.
/// </summary>
public sealed class ObligationsWorkspace(ServerLogger logger)
{
    private readonly object _gate = new();
    private readonly List<string> _folders = [];
    private WorkspaceSnapshot _snapshot = new(0, Compilation.Create([]), ImmutableDictionary<string, OpenDocument>.Empty);

    /// <summary>Raised after every change, with the new snapshot (outside the lock).</summary>
    public event Action<WorkspaceSnapshot>? Changed;

    public WorkspaceSnapshot Snapshot => Volatile.Read(ref _snapshot);

    public IReadOnlyList<string> Folders { get { lock (_gate) return _folders.ToList(); } }

    public void AddFolder(string uri)
    {
        var folder = DocumentUris.ToPath(uri);
        if (!Directory.Exists(folder)) { logger.Warn($"workspace folder {folder} does not exist"); return; }
        lock (_gate) _folders.Add(folder);
        var files = Directory.EnumerateFiles(folder, "*.obl", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        var trees = files.AsParallel().Select(ReadTree).OfType<SyntaxTree>().ToList();
        Update(s => s.Compilation.AddOrReplace(trees.Where(t => !s.OpenDocuments.ContainsKey(t.Path)).ToList()), null);
        logger.Info($"loaded {trees.Count} .obl file(s) from {folder}");
    }

    public void RemoveFolder(string uri)
    {
        var folder = DocumentUris.ToPath(uri);
        lock (_gate) _folders.Remove(folder);
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        Update(s => s.Compilation.Remove(s.Compilation.SyntaxTrees
            .Where(t => t.Path.StartsWith(prefix, StringComparison.Ordinal) && !s.OpenDocuments.ContainsKey(t.Path))
            .Select(t => t.Path).ToList()), null);
    }

    public void Open(TextDocumentItem item)
    {
        var path = DocumentUris.ToPath(item.Uri);
        var text = new SourceText(path, item.Text);
        var document = new OpenDocument(item.Uri, path, item.Version, text);
        Update(s => s.Compilation.AddOrReplace(SyntaxTree.Parse(text)), open => open.SetItem(path, document));
    }

    /// <summary>Applies incremental changes; false when the document is not open.</summary>
    public bool Change(VersionedTextDocumentIdentifier id, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUris.ToPath(id.Uri);
        lock (_gate)
        {
            if (!_snapshot.OpenDocuments.TryGetValue(path, out var document)) return false;
            var text = new SourceText(path, TextChanges.Apply(document.Text, changes));
            var updated = document with { Version = id.Version ?? document.Version + 1, Text = text };
            var tree = SyntaxTree.Parse(text);
            Update(s => s.Compilation.AddOrReplace(tree), open => open.SetItem(path, updated));
        }
        return true;
    }

    /// <summary>A closed document falls back to its file on disk, or leaves the workspace when there is none.</summary>
    public void Close(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        var disk = File.Exists(path) && IsInFolder(path) ? ReadTree(path) : null;
        Update(s => disk is null ? s.Compilation.Remove(path) : s.Compilation.AddOrReplace(disk), open => open.Remove(path));
    }

    /// <summary>A watched file was created, changed or deleted on disk; open documents keep their editor text.</summary>
    public void FileChanged(FileEvent change)
    {
        var path = DocumentUris.ToPath(change.Uri);
        if (!DocumentUris.IsObl(path) || Snapshot.OpenDocuments.ContainsKey(path)) return;
        if (change.Type == FileChangeType.Deleted || !File.Exists(path))
        {
            Update(s => s.Compilation.Remove(path), null);
            return;
        }
        if (ReadTree(path) is { } tree) Update(s => s.OpenDocuments.ContainsKey(path) ? s.Compilation : s.Compilation.AddOrReplace(tree), null);
    }

    /// <summary>A new generation with the same content, so diagnostics are recomputed (after a settings change).</summary>
    public void Touch() => Update(s => s.Compilation, null);

    private bool IsInFolder(string path)
    {
        lock (_gate) return _folders.Any(f => path.StartsWith(f.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private SyntaxTree? ReadTree(string path)
    {
        try
        {
            return SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)));
        }
        catch (IOException e)
        {
            logger.Warn($"cannot read {path}: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            logger.Warn($"cannot read {path}: {e.Message}");
            return null;
        }
    }

    private void Update(
        Func<WorkspaceSnapshot, Compilation> compilation,
        Func<ImmutableDictionary<string, OpenDocument>, ImmutableDictionary<string, OpenDocument>>? openDocuments)
    {
        WorkspaceSnapshot next;
        lock (_gate)
        {
            var current = _snapshot;
            next = new WorkspaceSnapshot(current.Generation + 1, compilation(current), openDocuments?.Invoke(current.OpenDocuments) ?? current.OpenDocuments);
            Volatile.Write(ref _snapshot, next);
        }
        Changed?.Invoke(next);
    }
}
