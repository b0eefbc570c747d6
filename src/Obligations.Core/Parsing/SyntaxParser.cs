using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Parsing;

/// <summary>Text → tokens → ANTLR parse tree → the project's own <see cref="SyntaxTree"/>. ANTLR stays in here.</summary>
internal static class SyntaxParser
{
    public static SyntaxTree Parse(SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new DiagnosticBag();
        var lexer = new OblLexer(new AntlrInputStream(text.Text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        cancellationToken.ThrowIfCancellationRequested();

        var classified = ClassifyTokens(tokens.GetTokens(), text, diagnostics, out var allTokens);
        var parser = new OblParser(tokens);
        parser.RemoveErrorListeners();
        var root = ParseTwoStage(parser, tokens, text, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var builder = new SyntaxTreeBuilder(text, tokens, diagnostics, cancellationToken);
        var unit = builder.BuildCompilationUnit(root);
        return new SyntaxTree(text, unit, classified, allTokens, diagnostics.ToImmutable());
    }

    /// <summary>Fast SLL prediction first; only text that needs it (or has errors) pays for full LL with recovery.</summary>
    private static OblParser.CompilationUnitContext ParseTwoStage(OblParser parser, CommonTokenStream tokens, SourceText text, DiagnosticBag diagnostics)
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new OblErrorStrategy(text, diagnostics);
            return parser.compilationUnit();
        }
    }

    private static ImmutableArray<SyntaxToken> ClassifyTokens(IList<IToken> tokens, SourceText text, DiagnosticBag diagnostics,
        out ImmutableArray<SyntaxToken> allTokens)
    {
        var result = ImmutableArray.CreateBuilder<SyntaxToken>(tokens.Count);
        var all = ImmutableArray.CreateBuilder<SyntaxToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Type is TokenConstants.EOF) continue;
            var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            if (token.Type == OblLexer.WS)
            {
                all.Add(new SyntaxToken(SyntaxTokenKind.Whitespace, span, token.Text));
                continue;
            }
            var kind = Classify(token.Type);
            var classified = new SyntaxToken(kind, span, token.Text);
            result.Add(classified);
            all.Add(classified);
            var location = new Location(text, span);
            switch (token.Type)
            {
                case OblLexer.ERROR_CHAR:
                    diagnostics.Report(DiagnosticDescriptors.InvalidCharacter, location, token.Text);
                    break;
                case OblLexer.STRING when !IsClosed(token.Text):
                    diagnostics.Report(DiagnosticDescriptors.UnterminatedString, location);
                    break;
                case OblLexer.UNTERMINATED_COMMENT:
                    diagnostics.Report(DiagnosticDescriptors.UnterminatedComment, new Location(text, new TextSpan(span.Start, 2)));
                    break;
            }
        }
        allTokens = all.ToImmutable();
        return result.ToImmutable();
    }

    /// <summary>True when a string token ends with a closing quote that is not itself escaped.</summary>
    internal static bool IsClosed(string text)
    {
        if (text.Length < 2 || text[^1] != '"') return false;
        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 0;
    }

    private static SyntaxTokenKind Classify(int type) => type switch
    {
        OblLexer.IDENT => SyntaxTokenKind.Identifier,
        OblLexer.NUMBER => SyntaxTokenKind.Number,
        OblLexer.STRING => SyntaxTokenKind.Text,
        OblLexer.DATE => SyntaxTokenKind.Date,
        OblLexer.DOC_COMMENT => SyntaxTokenKind.DocComment,
        OblLexer.LINE_COMMENT or OblLexer.BLOCK_COMMENT or OblLexer.UNTERMINATED_COMMENT => SyntaxTokenKind.Comment,
        OblLexer.ERROR_CHAR => SyntaxTokenKind.Invalid,
        >= OblLexer.MODULE and <= OblLexer.MONEY => SyntaxTokenKind.Keyword,
        OblLexer.LBRACE or OblLexer.RBRACE or OblLexer.LPAREN or OblLexer.RPAREN or OblLexer.COMMA or OblLexer.COLON => SyntaxTokenKind.Punctuation,
        _ => SyntaxTokenKind.Operator,
    };
}
