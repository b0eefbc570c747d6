using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>Completion that knows where it is: see <see cref="CompletionProvider"/> for the contexts.</summary>
public sealed class CompletionHandler(ServerServices services) : RequestHandler<CompletionParams, CompletionList>(services)
{
    public override string Method => "textDocument/completion";

    protected override CompletionList? Handle(CompletionParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var site = CompletionSite.Create(document.Tree, document.OffsetOf(request.Position));
        var items = CompletionProvider.GetItems(site, document.GetSemanticModel(cancellationToken))
            .GroupBy(i => i.Label, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => i.SortText, StringComparer.Ordinal).First())
            .ToList();
        return new CompletionList(IsIncomplete: false, items);
    }
}
