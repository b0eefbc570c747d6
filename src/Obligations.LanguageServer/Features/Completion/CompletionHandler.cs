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
        var offset = document.OffsetOf(request.Position);
        var site = CompletionSite.Create(document.Tree, offset);
        var items = CompletionProvider.GetItems(site, document.GetSemanticModel(cancellationToken))
            .GroupBy(i => i.Label, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => i.SortText, StringComparer.Ordinal).First())
            .ToList();
        var typed = site.WordStart < offset ? document.Text.Text[site.WordStart..offset] : string.Empty;
        return CompletionTrimmer.Trim(items, typed);
    }
}
