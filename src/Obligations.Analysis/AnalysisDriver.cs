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
    public static ImmutableArray<Diagnostic> GetDiagnostics(Compilation compilation, AnalysisOptions options, CancellationToken cancellationToken = default) =>
        Check(compilation, options, cancellationToken).Diagnostics;

    /// <summary>The full diagnostic list after configuration and suppressions, and the one error gate every consumer uses.</summary>
    public static CheckResult Check(Compilation compilation, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>(compilation.GetDiagnostics(cancellationToken));
        if (options.RunAnalyses) diagnostics.AddRange(RunAnalyses(compilation, options, cancellationToken));
        return new CheckResult(DiagnosticOrdering.SortAndDeduplicate(ApplyControls(compilation, options, diagnostics)));
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
                // A defect in one analysis must not hide the others' findings or crash the editor and the build. It
                // is an internal error, kept apart from OBL3019, which is a genuine answer: "the solver cannot decide".
                var location = compilation.SyntaxTrees[0].GetLocation(new Text.TextSpan(0, 0));
                bag.Add(Diagnostic.Create(DiagnosticDescriptors.AnalysisInternalError, location, rule.GetType().Name, $"{e.GetType().Name}: {e.Message}"));
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
            var suppressed = suppressions.TryGetValue(diagnostic.Location.Path, out var lines) && SuppressionComments.IsSuppressed(lines, diagnostic);
            var configured = diagnostic;
            if (options.UseConfigurationFiles)
            {
                var configuration = loader.ForFile(diagnostic.Location.Path);
                configurations.Add(configuration);
                configured = configuration.Apply(diagnostic);
            }
            if (diagnostic.IsError && !CheckResult.IsAnalysisCode(diagnostic.Id))
            {
                // Where a language error is reported the rules mean nothing, so it stays an error everywhere.
                yield return diagnostic;
                if (suppressed || configured is null || !configured.IsError)
                    yield return Diagnostic.Create(DiagnosticDescriptors.ErrorCannotBeSwitchedOff, diagnostic.Location, diagnostic.Id);
                continue;
            }
            if (suppressed) continue;
            if (configured is not null) yield return configured;
        }
        if (!options.UseConfigurationFiles) yield break;
        foreach (var tree in compilation.SyntaxTrees) configurations.Add(loader.ForFile(tree.Path));
        foreach (var problem in configurations.SelectMany(c => c.Problems)) yield return problem;
    }
}
