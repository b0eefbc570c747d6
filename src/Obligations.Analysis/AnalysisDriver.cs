using System.Collections.Immutable;
using Obligations.Analysis.Configuration;
using Obligations.Diagnostics;
using Obligations.Semantics;

namespace Obligations.Analysis;

/// <summary>
/// The one place every consumer (oblc check, the build, the language server) gets a compilation's full
/// diagnostic list from: the compiler's diagnostics, then the obligation analyses (syntactic rules first, the
/// solver after), then the severities of the nearest <c>obligations.json</c> and the
/// <c>// obl-disable-next-line</c> comments, sorted and de-duplicated.
/// </summary>
public static class AnalysisDriver
{
    public static ImmutableArray<Diagnostic> GetDiagnostics(Compilation compilation, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>(compilation.GetDiagnostics(cancellationToken));
        if (options.RunAnalyses) diagnostics.AddRange(RunAnalyses(compilation, options, cancellationToken));
        return DiagnosticOrdering.SortAndDeduplicate(ApplyControls(compilation, options, diagnostics));
    }

    /// <summary>The analysis diagnostics alone, before configuration and suppressions.</summary>
    public static ImmutableArray<Diagnostic> RunAnalyses(Compilation compilation, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var program = compilation.GetBoundProgram(cancellationToken);
        var bag = new DiagnosticBag();
        var context = new AnalysisContext(program, options, bag, cancellationToken);
        foreach (var rule in AnalysisRules.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                rule.Analyze(context);
            }
            catch (Exception e) when (e is not OperationCanceledException && compilation.SyntaxTrees.Length > 0)
            {
                // A defect in one analysis must not hide the others' findings or crash the editor and the build.
                var location = compilation.SyntaxTrees[0].GetLocation(new Text.TextSpan(0, 0));
                bag.Add(Diagnostic.Create(DiagnosticDescriptors.NotDecided, location, $"the analysis {rule.GetType().Name} failed unexpectedly ({e.GetType().Name}: {e.Message})"));
            }
        }
        return bag.ToImmutable();
    }

    private static IEnumerable<Diagnostic> ApplyControls(Compilation compilation, AnalysisOptions options, List<Diagnostic> diagnostics)
    {
        var loader = new ConfigurationLoader();
        var suppressions = compilation.SyntaxTrees.ToDictionary(t => t.Path, SuppressionComments.Read, StringComparer.Ordinal);
        var configurations = new HashSet<AnalysisConfiguration>();
        foreach (var diagnostic in diagnostics)
        {
            if (suppressions.TryGetValue(diagnostic.Location.Path, out var lines) && SuppressionComments.IsSuppressed(lines, diagnostic)) continue;
            if (!options.UseConfigurationFiles) { yield return diagnostic; continue; }
            var configuration = loader.ForFile(diagnostic.Location.Path);
            configurations.Add(configuration);
            if (configuration.Apply(diagnostic) is { } configured) yield return configured;
        }
        if (!options.UseConfigurationFiles) yield break;
        foreach (var tree in compilation.SyntaxTrees) configurations.Add(loader.ForFile(tree.Path));
        foreach (var problem in configurations.SelectMany(c => c.Problems)) yield return problem;
    }
}
