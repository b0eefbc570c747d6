using System.Text;
using Obligations.Binding;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Features.Hover;

/// <summary>Hover: the symbol's kind and type, its doc comment and the legal source it cites; or an expression's type.</summary>
public sealed class HoverHandler(ServerServices services) : RequestHandler<TextDocumentPositionParams, Protocol.Hover>(services)
{
    public override string Method => "textDocument/hover";

    protected override Protocol.Hover? Handle(TextDocumentPositionParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var offset = document.OffsetOf(request.Position);
        var model = document.GetSemanticModel(cancellationToken);
        var name = model.GetNames().FirstOrDefault(n => n.Span.ContainsOrTouches(offset));
        if (name.Symbol is { } symbol)
            return new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, Describe(symbol)), document.Text.ToRange(name.Span));
        var expression = model.FindExpression(offset);
        if (expression is null || model.GetTypeOf(expression) is not { IsError: false } type) return null;
        var markdown = $"```obl\n{document.Text.ToString(expression.Span).Split('\n')[0].Trim()}: {SymbolDisplay.TypeText(type)}\n```";
        return new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, markdown), document.Text.ToRange(expression.Span));
    }

    public static string Describe(Symbol symbol)
    {
        var builder = new StringBuilder();
        builder.Append("```obl\n").Append(SymbolDisplay.Signature(symbol)).Append("\n```\n");
        builder.Append('*').Append(symbol.KindDisplay).Append("* in module `").Append(symbol.ModuleName).Append('`');
        if (symbol.DocComment is { Length: > 0 } doc) builder.Append("\n\n").Append(doc);
        if (symbol.Citation is { Length: > 0 } citation) builder.Append("\n\n**Source:** ").Append(citation);
        return builder.ToString();
    }
}
