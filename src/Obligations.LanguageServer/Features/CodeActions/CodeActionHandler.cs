using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>Quick fixes for reported diagnostics and refactorings at the cursor, from every registered provider.</summary>
public sealed class CodeActionHandler(ServerServices services) : RequestHandler<CodeActionParams, List<CodeAction>>(services)
{
    /// <summary>Every code action provider, in the order their actions are listed.</summary>
    public static readonly IReadOnlyList<ICodeActionProvider> Providers =
    [
        new ApplySuggestionProvider(),
        new AddMissingMatchArmsProvider(),
        new AddOverridesProvider(),
        new CreateMeasureProvider(),
        new AddCitationProvider(),
    ];

    public override string Method => "textDocument/codeAction";

    protected override List<CodeAction>? Handle(CodeActionParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var start = document.OffsetOf(request.Range.Start);
        var span = TextSpan.FromBounds(start, Math.Max(start, document.OffsetOf(request.Range.End)));
        var context = new CodeActionRequest(document, span, request.Context?.Diagnostics ?? [], cancellationToken);
        var actions = new List<CodeAction>();
        foreach (var provider in Providers)
        {
            try
            {
                actions.AddRange(provider.Provide(context));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Services.Logger.Error($"{provider.GetType().Name} failed: {e}");
            }
        }
        var only = request.Context?.Only;
        return only is null || only.Count == 0
            ? actions
            : actions.Where(a => a.Kind is { } kind && only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal))).ToList();
    }
}
