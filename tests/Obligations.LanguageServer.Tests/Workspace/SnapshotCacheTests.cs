using System.Collections.Immutable;
using Obligations.LanguageServer.Server;
using Obligations.LanguageServer.Workspace;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Tests.Workspace;

/// <summary>Requests on one snapshot share one document context and one semantic model; a new snapshot makes new ones.</summary>
public sealed class SnapshotCacheTests
{
    private static readonly string Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cache", "main.obl");

    private static WorkspaceSnapshot Snapshot(long generation, string text) =>
        new(generation, Compilation.Create([SyntaxTree.ParseText(text, Path)]), ImmutableDictionary<string, OpenDocument>.Empty);

    [Fact]
    public void One_semantic_model_per_document_and_snapshot()
    {
        var snapshot = Snapshot(1, "party p\nfact x: bool\n");
        var uri = DocumentUris.FromPath(Path);
        var first = snapshot.GetDocument(uri);
        var second = snapshot.GetDocument(uri);
        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Same(first!.GetSemanticModel(), second!.GetSemanticModel());

        var next = Snapshot(2, "party p\nfact x: bool\n");
        Assert.NotSame(first.GetSemanticModel(), next.GetDocument(uri)!.GetSemanticModel());
    }

    [Fact]
    public void A_file_the_snapshot_does_not_hold_has_no_document() =>
        Assert.Null(Snapshot(1, "party p\n").GetDocument(DocumentUris.FromPath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "other.obl"))));
}
