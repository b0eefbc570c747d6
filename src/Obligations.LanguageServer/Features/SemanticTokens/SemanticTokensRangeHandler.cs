using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.SemanticTokens;

/// <summary>semanticTokens/range: the tokens overlapping the visible range, encoded as for the full file.</summary>
public sealed class SemanticTokensRangeHandler(ServerServices services) : RequestHandler<SemanticTokensRangeParams, Protocol.SemanticTokens>(services)
{
    public override string Method => "textDocument/semanticTokens/range";

    protected override Protocol.SemanticTokens? Handle(SemanticTokensRangeParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var start = document.Text.ToOffset(request.Range.Start);
        var end = document.Text.ToOffset(request.Range.End);
        return SemanticTokensHandler.Build(document, TextSpan.FromBounds(start, Math.Max(start, end)), cancellationToken);
    }
}
