using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.PullDiagnostics;

/// <summary><c>textDocument/diagnostic</c>: one document's diagnostics on request, the same list push publishes last.</summary>
public sealed class DocumentDiagnosticHandler(ServerServices services) : RequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>(services)
{
    public override string Method => "textDocument/diagnostic";

    protected override DocumentDiagnosticReport? Handle(DocumentDiagnosticParams? request, CancellationToken cancellationToken)
    {
        var snapshot = Services.Workspace.Snapshot;
        var document = snapshot.GetDocument(request!.TextDocument.Uri);
        // A document the workspace does not hold has nothing to report (rather than an error the client would show).
        if (document is null) return new DocumentDiagnosticReport("full", PulledDiagnostics.ResultId([]), []);
        var byPath = PulledDiagnostics.ByPath(snapshot, PulledDiagnostics.RunAnalyses(Services), cancellationToken);
        var list = byPath.TryGetValue(document.Tree.Path, out var found) ? found : [];
        return PulledDiagnostics.Report(snapshot, list, request.PreviousResultId);
    }
}
