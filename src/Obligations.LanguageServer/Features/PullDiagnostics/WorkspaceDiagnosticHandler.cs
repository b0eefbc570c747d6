using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.PullDiagnostics;

/// <summary><c>workspace/diagnostic</c>: every file's report, "unchanged" for those whose result id the client sent back.</summary>
public sealed class WorkspaceDiagnosticHandler(ServerServices services) : RequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>(services)
{
    public override string Method => "workspace/diagnostic";

    protected override WorkspaceDiagnosticReport? Handle(WorkspaceDiagnosticParams? request, CancellationToken cancellationToken)
    {
        var snapshot = Services.Workspace.Snapshot;
        var previous = (request?.PreviousResultIds ?? []).GroupBy(p => p.Uri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var byPath = PulledDiagnostics.ByPath(snapshot, PulledDiagnostics.RunAnalyses(Services), cancellationToken);
        var items = new List<WorkspaceDocumentDiagnosticReport>();
        foreach (var (path, list) in byPath.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var uri = snapshot.UriOf(path);
            var version = snapshot.OpenDocuments.TryGetValue(path, out var open) ? open.Version : (int?)null;
            var report = PulledDiagnostics.Report(snapshot, list, previous.GetValueOrDefault(uri));
            items.Add(new WorkspaceDocumentDiagnosticReport(report.Kind, uri, version, report.ResultId, report.Items));
        }
        return new WorkspaceDiagnosticReport(items);
    }
}
