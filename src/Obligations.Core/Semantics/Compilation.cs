using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Diagnostics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Semantics;

/// <summary>
/// The one entry point that the CLI, the build integration and the language server share: an immutable
/// set of parsed files, bound lazily (once, thread-safely) on first use. Editing a file makes a new
/// compilation that reuses every other file's tree, so nothing parses twice.
/// </summary>
public sealed class Compilation
{
    private readonly object _gate = new();
    private BoundProgram? _program;
    private ImmutableArray<Diagnostic>? _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> trees) => SyntaxTrees = trees;

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees) =>
        new(trees.OrderBy(t => t.Path, StringComparer.Ordinal).ToImmutableArray());

    /// <summary>Parses each text (in parallel) and creates a compilation of them.</summary>
    public static Compilation Parse(IEnumerable<SourceText> texts, CancellationToken cancellationToken = default)
    {
        var trees = texts.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(t => SyntaxTree.Parse(t, cancellationToken)).ToList();
        return Create(trees);
    }

    /// <summary>A compilation with <paramref name="tree"/> added, or replacing the tree of the same path.</summary>
    public Compilation AddOrReplace(SyntaxTree tree) => AddOrReplace([tree]);

    /// <summary>A compilation with every tree of <paramref name="trees"/> added or replacing the tree of its path.</summary>
    public Compilation AddOrReplace(IReadOnlyCollection<SyntaxTree> trees)
    {
        var paths = trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        return Create(SyntaxTrees.Where(t => !paths.Contains(t.Path)).Concat(trees));
    }

    public Compilation Remove(string path) => Remove([path]);

    public Compilation Remove(IReadOnlyCollection<string> paths)
    {
        var removed = paths.ToHashSet(StringComparer.Ordinal);
        return Create(SyntaxTrees.Where(t => !removed.Contains(t.Path)));
    }

    public SyntaxTree? GetTree(string path) => SyntaxTrees.FirstOrDefault(t => t.Path == path);

    /// <summary>The bound program. Computed once; a cancelled computation is not cached, the next call retries.</summary>
    public BoundProgram GetBoundProgram(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _program) is { } program) return program;
        lock (_gate)
        {
            return _program ??= Binder.Bind(SyntaxTrees, cancellationToken);
        }
    }

    /// <summary>Syntax, binding and type diagnostics of every file, sorted by file and position, without duplicates.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default)
    {
        if (_diagnostics is { } cached) return cached;
        var program = GetBoundProgram(cancellationToken);
        var all = DiagnosticOrdering.SortAndDeduplicate(SyntaxTrees.SelectMany(t => t.Diagnostics).Concat(program.Diagnostics));
        _diagnostics = all;
        return all;
    }

    public bool HasErrors(CancellationToken cancellationToken = default) => GetDiagnostics(cancellationToken).Any(d => d.IsError);

    public SemanticModel GetSemanticModel(SyntaxTree tree, CancellationToken cancellationToken = default) =>
        new(this, tree, GetBoundProgram(cancellationToken));
}
