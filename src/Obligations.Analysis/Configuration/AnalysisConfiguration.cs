using System.Collections.Immutable;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Configuration;

/// <summary>
/// The settings of one <c>obligations.json</c>: a severity per diagnostic code (null = "none", the diagnostic is
/// dropped), plus any problems found reading the file, reported as OBL3020.
/// </summary>
public sealed record AnalysisConfiguration(
    string? Path,
    ImmutableDictionary<string, DiagnosticSeverity?> Severities,
    ImmutableArray<Diagnostic> Problems)
{
    public static readonly AnalysisConfiguration Empty =
        new(null, ImmutableDictionary<string, DiagnosticSeverity?>.Empty, ImmutableArray<Diagnostic>.Empty);

    /// <summary>The diagnostic with its configured severity, or null when it is switched off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (!Severities.TryGetValue(diagnostic.Id, out var severity)) return diagnostic;
        return severity is { } s ? diagnostic.WithSeverity(s) : null;
    }
}
