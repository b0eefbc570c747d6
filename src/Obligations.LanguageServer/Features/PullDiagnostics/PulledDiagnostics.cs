using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Obligations.Analysis;
using Obligations.Diagnostics;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.LanguageServer.Workspace;

namespace Obligations.LanguageServer.Features.PullDiagnostics;

/// <summary>
/// The diagnostics a client pulls, through the same gate as the pushed ones (<see cref="AnalysisDriver.Check"/> with
/// the workspace's configuration and suppressions), computed once per snapshot and shared by every pull on it.
/// A file's result id is a fingerprint of its list, so a client that already holds it gets "unchanged".
/// </summary>
public static class PulledDiagnostics
{
    private static readonly ConditionalWeakTable<WorkspaceSnapshot, ConcurrentDictionary<bool, IReadOnlyDictionary<string, List<Diagnostic>>>> s_cache = new();

    /// <summary>Each file of the snapshot with its diagnostics (every file is present, most with an empty list).</summary>
    public static IReadOnlyDictionary<string, List<Diagnostic>> ByPath(WorkspaceSnapshot snapshot, bool runAnalyses, CancellationToken cancellationToken)
    {
        var perOptions = s_cache.GetValue(snapshot, static _ => new());
        if (perOptions.TryGetValue(runAnalyses, out var cached)) return cached;
        var options = AnalysisOptions.Default with { RunAnalyses = runAnalyses };
        var diagnostics = AnalysisDriver.Check(snapshot.Compilation, options, cancellationToken).Diagnostics;
        var byPath = snapshot.Compilation.SyntaxTrees.ToDictionary(t => t.Path, _ => new List<Diagnostic>(), StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
            if (byPath.TryGetValue(diagnostic.Location.Path, out var list)) list.Add(diagnostic);
        return perOptions.GetOrAdd(runAnalyses, byPath);
    }

    public static string ResultId(IEnumerable<Diagnostic> diagnostics)
    {
        var hash = new HashCode();
        foreach (var d in diagnostics) { hash.Add(d.ToCanonicalString()); hash.Add(d.Location.Span); }
        return hash.ToHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static DocumentDiagnosticReport Report(WorkspaceSnapshot snapshot, List<Diagnostic> diagnostics, string? previousResultId)
    {
        var resultId = ResultId(diagnostics);
        return previousResultId == resultId
            ? new DocumentDiagnosticReport("unchanged", resultId, null)
            : new DocumentDiagnosticReport("full", resultId, diagnostics.Select(d => DiagnosticConverter.ToLsp(d, snapshot)).ToList());
    }

    public static bool RunAnalyses(ServerServices services) => services.Settings.AnalysisEnabled;
}
