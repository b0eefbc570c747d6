using System.Collections.Immutable;

namespace Obligations.Diagnostics;

/// <summary>The one place that sorts and de-duplicates diagnostics for every consumer.</summary>
public static class DiagnosticOrdering
{
    public static ImmutableArray<Diagnostic> SortAndDeduplicate(IEnumerable<Diagnostic> diagnostics)
    {
        var seen = new HashSet<(string, int, int, string, string)>();
        return diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Where(d => seen.Add((d.Location.Path, d.Location.Span.Start, d.Location.Span.Length, d.Id, d.Message)))
            .ToImmutableArray();
    }
}
