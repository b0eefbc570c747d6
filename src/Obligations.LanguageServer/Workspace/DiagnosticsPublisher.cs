using System.Collections.Immutable;
using Obligations.Analysis;
using Obligations.Diagnostics;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Workspace;

/// <summary>
/// Publishes diagnostics for each workspace generation in two steps: the compiler's own (syntax, binding,
/// types) at once, then, after a short debounce, the full list with the obligation analyses. A newer
/// generation cancels the older one's work, and a result is sent only while its generation is the latest,
/// under one gate, so a stale list never lands over a newer one.
/// </summary>
public sealed class DiagnosticsPublisher(IClientNotifier client, ServerSettings settings, ServerLogger logger)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly Dictionary<string, string> _lastPublished = new(StringComparer.Ordinal);
    private long _latestGeneration = -1;
    private CancellationTokenSource? _cts;

    /// <summary>How long edits must pause before the analyses (the solver) run.</summary>
    public TimeSpan AnalysisDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The task of the latest generation (tests and benchmarks wait on it).</summary>
    public Task Current { get; private set; } = Task.CompletedTask;

    public void Schedule(WorkspaceSnapshot snapshot)
    {
        lock (_gate)
        {
            if (snapshot.Generation <= _latestGeneration) return;
            _latestGeneration = snapshot.Generation;
            _cts?.Cancel();
            _cts?.Dispose();
            _cts = new CancellationTokenSource();
            var token = _cts.Token;
            Current = Task.Run(() => RunAsync(snapshot, token), CancellationToken.None);
        }
    }

    private async Task RunAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            // The first publish goes through the same configuration and suppressions as every later one.
            var compiler = AnalysisDriver.Check(snapshot.Compilation, AnalysisOptions.Default with { RunAnalyses = false }, cancellationToken).Diagnostics;
            await PublishAsync(snapshot, compiler, cancellationToken).ConfigureAwait(false);
            if (!settings.AnalysisEnabled) return;
            await Task.Delay(AnalysisDelay, cancellationToken).ConfigureAwait(false);
            var options = AnalysisOptions.Default with { RunAnalyses = true };
            var all = AnalysisDriver.GetDiagnostics(snapshot.Compilation, options, cancellationToken);
            await PublishAsync(snapshot, all, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer generation took over.
        }
        catch (Exception e)
        {
            logger.Error($"diagnostics of generation {snapshot.Generation} failed: {e}");
        }
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var byPath = diagnostics.GroupBy(d => d.Location.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var paths = snapshot.Compilation.SyntaxTrees.Select(t => t.Path).ToList();
        await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (snapshot.Generation != Interlocked.Read(ref _latestGeneration)) return;
            var published = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var list = byPath.TryGetValue(path, out var found) ? found : [];
                var lsp = list.Select(d => DiagnosticConverter.ToLsp(d, snapshot)).ToList();
                var fingerprint = string.Join("\n", list.Select(d => d.ToCanonicalString() + d.Location.Span));
                var isOpen = snapshot.OpenDocuments.TryGetValue(path, out var open);
                published.Add(path);
                // Open documents always get a fresh publish (its version tells the client which text it matches);
                // files only on disk are re-sent when their list changed.
                if (!isOpen && _lastPublished.TryGetValue(path, out var last) && last == fingerprint) continue;
                if (!isOpen && list.Count == 0 && !_lastPublished.ContainsKey(path)) { _lastPublished[path] = fingerprint; continue; }
                _lastPublished[path] = fingerprint;
                await client.NotifyAsync("textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(snapshot.UriOf(path), open?.Version, lsp)).ConfigureAwait(false);
            }
            foreach (var gone in _lastPublished.Keys.Where(p => !published.Contains(p)).ToList())
            {
                _lastPublished.Remove(gone);
                await client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(snapshot.UriOf(gone), null, [])).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
