using Obligations.Binding;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.SemanticTokens;

/// <summary>
/// semanticTokens/full: every classified token of the file; names take the type of the symbol they bind to
/// (SemanticModel.GetNames), primitive type names read as types. Tokens spanning lines are split per line.
/// </summary>
public sealed class SemanticTokensHandler(ServerServices services) : RequestHandler<SemanticTokensParams, Protocol.SemanticTokens>(services)
{
    public override string Method => "textDocument/semanticTokens/full";

    protected override Protocol.SemanticTokens? Handle(SemanticTokensParams? request, CancellationToken cancellationToken)
    {
        var document = Services.Workspace.Snapshot.GetDocument(request!.TextDocument.Uri);
        return document is null ? null : Build(document, null, cancellationToken);
    }

    /// <summary>The encoded tokens of the document, or of those overlapping <paramref name="range"/> (semanticTokens/range).</summary>
    internal static Protocol.SemanticTokens Build(Workspace.DocumentContext document, TextSpan? range, CancellationToken cancellationToken)
    {
        var names = new Dictionary<int, (Symbol Symbol, bool IsDeclaration)>();
        foreach (var (span, symbol, isDeclaration) in document.GetSemanticModel(cancellationToken).GetNames()) names[span.Start] = (symbol, isDeclaration);
        var encoder = new Encoder(document.Text);
        foreach (var token in document.Tree.Tokens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (range is { } r && (token.Span.End <= r.Start || token.Span.Start >= r.End)) continue;
            var (type, modifiers) = Classify(token, names);
            if (type >= 0) encoder.Add(token.Span, type, modifiers);
        }
        return new Protocol.SemanticTokens(encoder.Data);
    }

    private static (int Type, int Modifiers) Classify(SyntaxToken token, Dictionary<int, (Symbol Symbol, bool IsDeclaration)> names)
    {
        if (token.Kind == SyntaxTokenKind.Identifier)
        {
            if (names.TryGetValue(token.Span.Start, out var name))
            {
                var modifiers = name.IsDeclaration ? SemanticTokenLegend.DeclarationModifier : 0;
                if (name.Symbol.Kind is SymbolKind.Fact or SymbolKind.Define) modifiers |= SemanticTokenLegend.ReadonlyModifier;
                return (SemanticTokenLegend.TypeIndex(SemanticTokenLegend.ForSymbol(name.Symbol.Kind)), modifiers);
            }
            return LanguageFacts.PrimitiveTypes.Contains(token.Text) ? (SemanticTokenLegend.TypeIndex("type"), 0) : (-1, 0);
        }
        var type = SemanticTokenLegend.ForToken(token.Kind);
        if (type is null) return (-1, 0);
        return (SemanticTokenLegend.TypeIndex(type), token.Kind == SyntaxTokenKind.DocComment ? SemanticTokenLegend.DocumentationModifier : 0);
    }

    /// <summary>LSP's relative encoding: five integers per token (line delta, start delta, length, type, modifiers).</summary>
    private sealed class Encoder(SourceText text)
    {
        private int _line;
        private int _character;

        public List<int> Data { get; } = [];

        public void Add(TextSpan span, int type, int modifiers)
        {
            var start = text.GetLinePosition(span.Start);
            var end = text.GetLinePosition(span.End);
            for (var line = start.Line; line <= end.Line; line++)
            {
                var from = line == start.Line ? start.Character : 0;
                var to = line == end.Line ? end.Character : text.GetLineText(line).Length;
                if (to > from) Emit(line, from, to - from, type, modifiers);
            }
        }

        private void Emit(int line, int character, int length, int type, int modifiers)
        {
            Data.Add(line - _line);
            Data.Add(line == _line ? character - _character : character);
            Data.Add(length);
            Data.Add(type);
            Data.Add(modifiers);
            _line = line;
            _character = character;
        }
    }
}
