using Antlr4.Runtime;
using Obligations.Diagnostics;
using Obligations.Syntax;
using Obligations.Text;
using P = Obligations.Parsing.Generated.OblParser;

namespace Obligations.Parsing;

// Depth: ANTLR builds `a and b and c …` and `a.b.c …` as left-deep trees of any length without recursing, so
// the builder walks their left spine in a loop and bounds the depth of what it builds by NestingGuard.MaxDepth.
// Anything deeper becomes one missing expression with one diagnostic, so no later stage sees a deeper tree.
internal sealed partial class SyntaxTreeBuilder
{
    /// <summary>Expression ancestors of the expression being built.</summary>
    private int _depth;

    /// <summary>The outermost expression being built: one diagnostic per such expression is enough.</summary>
    private TextSpan _outermost;

    private static bool IsChainLink(P.ExprContext ctx) => ctx is P.MemberExprContext or P.MultiplicativeExprContext
        or P.AdditiveExprContext or P.ComparisonExprContext or P.MembershipExprContext or P.AndExprContext or P.OrExprContext;

    private static P.ExprContext? LeftOf(P.ExprContext ctx) => ctx is P.MemberExprContext m ? m.expr() : ctx.GetChild<P.ExprContext>(0);

    private ExpressionSyntax Chain(P.ExprContext top)
    {
        // spine[0] is the top link (the last operator in the text); spine[^1] the first.
        var spine = new List<P.ExprContext>();
        P.ExprContext? current = top;
        while (current is not null && !IsEmpty(current) && IsChainLink(current))
        {
            spine.Add(current);
            current = LeftOf(current);
        }
        var saved = _depth;
        if (saved + spine.Count + 1 > NestingGuard.MaxDepth)
        {
            // Reading left to right, the chain becomes too deep at this operator.
            var fromLeft = Math.Clamp(NestingGuard.MaxDepth - saved - 1, 0, spine.Count - 1);
            return TooDeep(top, OperatorOf(spine[spine.Count - 1 - fromLeft]));
        }
        try
        {
            _depth = saved + spine.Count;
            var result = Expr(current, spine[^1]);
            for (var k = spine.Count - 1; k >= 0; k--)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _depth = saved + k + 1;
                result = Link(spine[k], result);
            }
            return result;
        }
        finally
        {
            _depth = saved;
        }
    }

    private static IToken? OperatorOf(P.ExprContext link)
    {
        for (var i = 0; i < link.ChildCount; i++)
            if (link.GetChild(i) is Antlr4.Runtime.Tree.ITerminalNode terminal) return terminal.Symbol;
        return link.Start;
    }

    /// <summary>Reports (once per region) an expression past the limit and stands a missing expression in for it.</summary>
    private MissingExpressionSyntax TooDeep(P.ExprContext ctx, IToken? at)
    {
        var span = SpanOf(ctx);
        if (!_nestingReported.Any(p => p >= _outermost.Start && p <= _outermost.End))
        {
            var where = at is not null && !IsMissing(at) ? SpanOf(at) : new TextSpan(span.Start, 0);
            _diagnostics.Report(DiagnosticDescriptors.NestingTooDeep, Loc(where), NestingGuard.MaxDepth);
            _nestingReported.Add(where.Start);
        }
        return new MissingExpressionSyntax { Span = span };
    }

    /// <summary>The region a too-deep bracket stood for, when <paramref name="token"/> is the guard's placeholder.</summary>
    private TextSpan? CutRegion(IToken? token) =>
        token is not null && _cut.TryGetValue(token.TokenIndex, out var span) ? span : null;
}
