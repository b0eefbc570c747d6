using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Analysis.Tests;

/// <summary>One folder under Baselines/: its .obl files compiled together and analysed through the driver.</summary>
internal sealed class BaselineCase
{
    private BaselineCase(string directory, ImmutableArray<SourceText> sources, Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
    {
        Directory = directory;
        Sources = sources;
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    public string Directory { get; }
    public ImmutableArray<SourceText> Sources { get; }
    public Compilation Compilation { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(RepositoryPaths.Baselines).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static BaselineCase Load(string name)
    {
        var directory = Path.Combine(RepositoryPaths.Baselines, name);
        var sources = System.IO.Directory.GetFiles(directory, "*.obl").Order(StringComparer.Ordinal)
            .Select(p => new SourceText(p, File.ReadAllText(p).ReplaceLineEndings("\n"))).ToImmutableArray();
        var compilation = Compilation.Parse(sources);
        return new BaselineCase(directory, sources, compilation, AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default));
    }

    /// <summary>Expected file → actual text for every output of the case.</summary>
    public IEnumerable<(string ExpectedPath, string Actual)> Outputs()
    {
        foreach (var source in Sources)
            yield return (Path.ChangeExtension(source.Path, ".diagnostics"), AnnotatedSource.Render(source, Diagnostics, Directory));
        var others = Diagnostics.Where(d => !d.Location.Path.EndsWith(".obl", StringComparison.Ordinal)).ToList();
        if (others.Count > 0) yield return (Path.Combine(Directory, "other.diagnostics"), AnnotatedSource.RenderOthers(others, Directory));
    }
}
