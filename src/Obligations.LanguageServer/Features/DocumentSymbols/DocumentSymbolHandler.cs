using Obligations.Binding;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.DocumentSymbols;

/// <summary>The outline: every declaration, with enum members, record fields and threshold criteria beneath it.</summary>
public sealed class DocumentSymbolHandler(ServerServices services) : RequestHandler<DocumentSymbolParams, List<DocumentSymbol>>(services)
{
    public override string Method => "textDocument/documentSymbol";

    protected override List<DocumentSymbol>? Handle(DocumentSymbolParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        if (document is null) return null;
        var model = document.GetSemanticModel(cancellationToken);
        var text = document.Text;
        var result = new List<DocumentSymbol>();
        foreach (var declaration in document.Tree.Root.Declarations)
        {
            if (declaration.Name.IsMissing) continue;
            var symbol = model.GetDeclaredSymbol(declaration);
            var children = ChildNodes(declaration)
                .Where(c => !c.Name.IsMissing)
                .Select(c => Create(text, c.Node, c.Name, model.GetDeclaredSymbol(c.Node), c.Kind, null))
                .ToList();
            result.Add(Create(text, declaration, declaration.Name, symbol, KindOf(declaration), children.Count == 0 ? null : children));
        }
        return result;
    }

    private static DocumentSymbol Create(SourceText text, SyntaxNode node, IdentifierSyntax name, Symbol? symbol, int kind, List<DocumentSymbol>? children)
    {
        // LSP requires the selection range to lie inside the full range; broken text can leave spans odd.
        var full = TextSpan.FromBounds(Math.Min(node.Span.Start, name.Span.Start), Math.Max(node.Span.End, name.Span.End));
        return new DocumentSymbol
        {
            Name = name.Text,
            Detail = symbol is null ? null : SymbolDisplay.Detail(symbol),
            Kind = kind,
            Range = text.ToRange(full),
            SelectionRange = text.ToRange(name.Span),
            Children = children,
        };
    }

    private static IEnumerable<(SyntaxNode Node, IdentifierSyntax Name, int Kind)> ChildNodes(DeclarationSyntax declaration) => declaration switch
    {
        EnumDeclarationSyntax e => e.Members.Select(m => ((SyntaxNode)m, m.Name, LspSymbolKind.EnumMember)),
        RecordDeclarationSyntax r => r.Fields.Select(f => ((SyntaxNode)f, f.Name, LspSymbolKind.Field)),
        ThresholdDeclarationSyntax t => t.Criteria.Select(c => ((SyntaxNode)c, c.Name, LspSymbolKind.Property)),
        _ => [],
    };

    private static int KindOf(DeclarationSyntax declaration) => declaration switch
    {
        EnumDeclarationSyntax => LspSymbolKind.Enum,
        RecordDeclarationSyntax => LspSymbolKind.Struct,
        FactDeclarationSyntax => LspSymbolKind.Variable,
        PartyDeclarationSyntax => LspSymbolKind.Object,
        DefineDeclarationSyntax => LspSymbolKind.Constant,
        ThresholdDeclarationSyntax => LspSymbolKind.Function,
        TriggerDeclarationSyntax => LspSymbolKind.Event,
        MeasureDeclarationSyntax => LspSymbolKind.Method,
        RuleDeclarationSyntax => LspSymbolKind.Class,
        _ => LspSymbolKind.Interface,
    };
}
