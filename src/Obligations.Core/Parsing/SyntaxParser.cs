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

        var classified = ClassifyTokens(tokens.GetTokens(), text, diagnostics);
        ClauseWordRecovery.Apply(tokens.GetTokens(), text, diagnostics);
        var cut = NestingGuard.Apply(tokens.GetTokens(), text, diagnostics, out var nestingReported, out var deepest);

        CompilationUnitSyntax Build()
        {
            var parser = new OblParser(tokens);
            parser.RemoveErrorListeners();
            var root = ParseTwoStage(parser, tokens, text, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var builder = new SyntaxTreeBuilder(text, tokens, diagnostics, cancellationToken, cut, nestingReported);
            return builder.BuildCompilationUnit(root);
        }

        var unit = deepest > NestingGuard.ShallowDepth ? OnLargeStack(Build) : Build();
        return new SyntaxTree(text, unit, classified, diagnostics.ToImmutable());
    }

    /// <summary>
    /// The generated parser uses several large frames per nesting level, more than a thread-pool stack holds at
    /// the full limit; deeply nested text is parsed on a thread of its own with room for it.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, NestingGuard.ParserStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
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

    private static ImmutableArray<SyntaxToken> ClassifyTokens(IList<IToken> tokens, SourceText text, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<SyntaxToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Type is TokenConstants.EOF or OblLexer.WS) continue;
            var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            var kind = Classify(token.Type);
            result.Add(new SyntaxToken(kind, span, token.Text));
            var location = new Location(text, span);
            switch (token.Type)
            {
                case OblLexer.ERROR_CHAR:
                    diagnostics.Report(DiagnosticDescriptors.InvalidCharacter, location, token.Text);
                    break;
                case OblLexer.IDENT:
                    ReportNonLetterPairs(token, text, diagnostics);
                    break;
                case OblLexer.STRING when !IsClosed(token.Text):
                    diagnostics.Report(DiagnosticDescriptors.UnterminatedString, location);
                    break;
                case OblLexer.UNTERMINATED_COMMENT:
                    diagnostics.Report(DiagnosticDescriptors.UnterminatedComment, new Location(text, new TextSpan(span.Start, 2)));
                    break;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The lexer accepts any surrogate pair in a name; only letters (and, after the first character, digits)
    /// outside the Basic Multilingual Plane are names, as inside it.
    /// </summary>
    private static void ReportNonLetterPairs(IToken token, SourceText text, DiagnosticBag diagnostics)
    {
        var name = token.Text;
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsHighSurrogate(name[i])) continue;
            var ok = i == 0 ? char.IsLetter(name, i) : char.IsLetterOrDigit(name, i);
            if (!ok)
                diagnostics.Report(DiagnosticDescriptors.InvalidCharacter,
                    new Location(text, new TextSpan(token.StartIndex + i, 2)), name.Substring(i, 2));
            i++;
        }
    }

    /// <summary>True when a string token ends with a closing quote that is not itself escaped.</summary>
    internal static bool IsClosed(string text) => SyntaxFacts.IsClosedString(text);

    private static SyntaxTokenKind Classify(int type) => type switch
    {
        OblLexer.IDENT => SyntaxTokenKind.Identifier,
        OblLexer.NUMBER => SyntaxTokenKind.Number,
        OblLexer.STRING => SyntaxTokenKind.Text,
        OblLexer.DATE => SyntaxTokenKind.Date,
        OblLexer.DOC_COMMENT => SyntaxTokenKind.DocComment,
        OblLexer.LINE_COMMENT or OblLexer.BLOCK_COMMENT or OblLexer.UNTERMINATED_COMMENT => SyntaxTokenKind.Comment,
        OblLexer.ERROR_CHAR => SyntaxTokenKind.Invalid,
        >= OblLexer.MODULE and <= OblLexer.MONEY or OblLexer.STRENGTH or OblLexer.NOT_MET or OblLexer.OWED or OblLexer.TO => SyntaxTokenKind.Keyword,
        OblLexer.LBRACE or OblLexer.RBRACE or OblLexer.LPAREN or OblLexer.RPAREN or OblLexer.COMMA or OblLexer.COLON => SyntaxTokenKind.Punctuation,
        _ => SyntaxTokenKind.Operator,
    };
}
