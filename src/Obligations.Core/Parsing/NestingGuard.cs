using Antlr4.Runtime;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Text;

namespace Obligations.Parsing;

/// <summary>
/// Keeps user-controlled nesting below <see cref="MaxDepth"/> before any recursive stage runs. The generated
/// parser recurses once per bracket and once per prefix operator, so this token-level pass finds the first
/// bracket (or prefix <c>not</c>/<c>-</c>) past the limit, reports it there, and hides the too-deep part from
/// the parser: the opening token becomes a placeholder name, which the tree builder turns into a missing
/// expression. Long left-associative chains are not recursive in the parser; the tree builder bounds them.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The deepest nesting of brackets, prefix operators and operator chains an expression may have.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Nesting up to which the parser runs on the caller's thread.</summary>
    public const int ShallowDepth = 100;

    /// <summary>Stack of the parser's own thread for deeper text: ample for <see cref="MaxDepth"/> levels.</summary>
    public const int ParserStackBytes = 64 * 1024 * 1024;

    /// <summary>Hides every too-deep region; returns the token indexes that now stand for a cut region.</summary>
    public static Dictionary<int, TextSpan> Apply(IList<IToken> tokens, SourceText text, DiagnosticBag diagnostics, out List<int> reported, out int deepest)
    {
        deepest = 0;
        var cut = new Dictionary<int, TextSpan>();
        reported = new List<int>();
        var depth = 0;
        var prefixRun = 0;
        // Whether each open bracket counts: the braces of a declaration's body (opened at the top level) do not.
        var counted = new Stack<bool>();
        IToken? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != Lexer.DefaultTokenChannel || token.Type == TokenConstants.EOF) continue;
            var body = token.Type == OblLexer.LBRACE && counted.Count == 0 && previous is not null && OpensBody(previous.Type);
            var opens = token.Type == OblLexer.LPAREN || token.Type == OblLexer.LBRACE && !body;
            if (body)
            {
                counted.Push(false);
                previous = token;
                prefixRun = 0;
                continue;
            }
            var prefix = token.Type is OblLexer.NOT or OblLexer.MINUS && !(previous is not null && EndsOperand(previous.Type));
            if (token.Type is OblLexer.RPAREN or OblLexer.RBRACE && counted.TryPop(out var wasCounted) && wasCounted) depth--;
            prefixRun = prefix ? prefixRun + 1 : 0;
            if ((opens || prefix) && depth + prefixRun + (opens ? 1 : 0) > MaxDepth)
            {
                var end = opens ? MatchingClose(tokens, i) : EndOfPrefixRun(tokens, i);
                var span = TextSpan.FromBounds(token.StartIndex, tokens[end].StopIndex + 1);
                diagnostics.Report(DiagnosticDescriptors.NestingTooDeep,
                    new Location(text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1)), MaxDepth);
                reported.Add(token.StartIndex);
                if (opens)
                {
                    // The whole bracketed region stands as one placeholder operand.
                    ((CommonToken)token).Type = OblLexer.IDENT;
                    for (var j = i + 1; j <= end; j++) ((CommonToken)tokens[j]).Channel = Lexer.Hidden;
                    cut[token.TokenIndex] = span;
                }
                else
                {
                    // The surplus prefix operators are dropped; their operand stays.
                    for (var j = i; j <= end; j++) ((CommonToken)tokens[j]).Channel = Lexer.Hidden;
                }
                i = end;
                prefixRun = 0;
                previous = tokens[end];
                if (opens) previous = token;
                continue;
            }
            if (opens)
            {
                depth++;
                counted.Push(true);
            }
            deepest = Math.Max(deepest, depth + prefixRun);
            previous = token;
        }
        return cut;
    }

    /// <summary>Tokens after which a top-level <c>{</c> opens a declaration's body (after its name, citation or quantifier).</summary>
    private static bool OpensBody(int type) => TokenDescriptions.IsName(type) || type is OblLexer.STRING or OblLexer.ORDERED
        or OblLexer.OF or OblLexer.ANY or OblLexer.ALL;

    /// <summary>Tokens after which <c>-</c> is subtraction and <c>not</c> is part of <c>not in</c>.</summary>
    private static bool EndsOperand(int type) => TokenDescriptions.IsName(type) || type is OblLexer.NUMBER or OblLexer.STRING
        or OblLexer.DATE or OblLexer.RPAREN or OblLexer.RBRACE or OblLexer.TRUE or OblLexer.FALSE or OblLexer.NOW;

    private static int MatchingClose(IList<IToken> tokens, int open)
    {
        var depth = 0;
        var last = open;
        for (var i = open; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TokenConstants.EOF) break;
            last = i;
            if (token.Channel != Lexer.DefaultTokenChannel) continue;
            if (token.Type is OblLexer.LPAREN or OblLexer.LBRACE) depth++;
            else if (token.Type is OblLexer.RPAREN or OblLexer.RBRACE && --depth == 0) return i;
        }
        return last;
    }

    private static int EndOfPrefixRun(IList<IToken> tokens, int first)
    {
        var last = first;
        for (var i = first + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != Lexer.DefaultTokenChannel) continue;
            if (token.Type is not (OblLexer.NOT or OblLexer.MINUS)) break;
            last = i;
        }
        return last;
    }
}
