using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Obligations.Diagnostics;
using Obligations.Syntax;
using Obligations.Text;
using P = Obligations.Parsing.Generated.OblParser;

namespace Obligations.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private ExpressionSyntax Expr(P.ExprContext? ctx, ParserRuleContext parent)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (IsEmpty(ctx))
            return new MissingExpressionSyntax { Span = ctx is null ? MissingSpan(parent) : Within(MissingSpan(ctx), parent) };
        if (_depth == 0) _outermost = SpanOf(ctx!);
        if (IsChainLink(ctx!)) return Chain(ctx!);
        _depth++;
        try
        {
            if (_depth > NestingGuard.MaxDepth) return TooDeep(ctx!, ctx!.Start);
            var span = SpanOf(ctx!);
            return ctx switch
            {
                P.PrimaryExprContext p => Primary(p.primary(), p),
                P.NegateExprContext n => new UnaryExpressionSyntax(UnaryOperator.Negate, Expr(n.expr(), n)) { Span = span },
                P.NotExprContext n => new UnaryExpressionSyntax(UnaryOperator.Not, Expr(n.expr(), n)) { Span = span },
                _ => new MissingExpressionSyntax { Span = span },
            };
        }
        finally
        {
            _depth--;
        }
    }

    private static bool IsEmpty(P.ExprContext? ctx) => ctx is null || ctx.exception is not null && ctx.ChildCount == 0;

    /// <summary>One link of a left-associative chain, given its already built left operand.</summary>
    private ExpressionSyntax Link(P.ExprContext ctx, ExpressionSyntax left) => ctx switch
    {
        P.MemberExprContext m => new MemberAccessExpressionSyntax(left, Name(m.identifier(), m)) { Span = SpanOf(ctx) },
        P.MultiplicativeExprContext b => Binary(b, left, b.op, b.expr(1), b.op?.Type == P.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide),
        P.AdditiveExprContext b => Binary(b, left, b.op, b.expr(1), b.op?.Type == P.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract),
        P.ComparisonExprContext b => Binary(b, left, b.op, b.expr(1), b.op?.Type switch
        {
            P.EQ => BinaryOperator.Equal,
            P.NEQ => BinaryOperator.NotEqual,
            P.LT => BinaryOperator.Less,
            P.LE => BinaryOperator.LessOrEqual,
            P.GT => BinaryOperator.Greater,
            _ => BinaryOperator.GreaterOrEqual,
        }),
        P.MembershipExprContext b => Binary(b, left, b.IN()?.Symbol, b.expr(1), b.NOT() is null ? BinaryOperator.In : BinaryOperator.NotIn,
            b.NOT()?.Symbol),
        P.AndExprContext b => Binary(b, left, b.AND()?.Symbol, b.expr(1), BinaryOperator.And),
        P.OrExprContext b => Binary(b, left, b.OR()?.Symbol, b.expr(1), BinaryOperator.Or),
        _ => new MissingExpressionSyntax { Span = SpanOf(ctx) },
    };

    private BinaryExpressionSyntax Binary(P.ExprContext ctx, ExpressionSyntax left, IToken? op, P.ExprContext? right, BinaryOperator kind, IToken? opStart = null)
    {
        var first = opStart ?? op;
        var opSpan = first is not null && op is not null && !IsMissing(first) && !IsMissing(op)
            ? TextSpan.FromBounds(first.StartIndex, op.StopIndex + 1)
            : SpanOf(ctx);
        return new BinaryExpressionSyntax(left, kind, opSpan, Expr(right, ctx)) { Span = SpanOf(ctx) };
    }

    private ExpressionSyntax Primary(P.PrimaryContext? ctx, ParserRuleContext parent)
    {
        if (ctx is null) return new MissingExpressionSyntax { Span = MissingSpan(parent) };
        var span = SpanOf(ctx);
        return ctx switch
        {
            P.LiteralPrimaryContext l => Literal(l.literal(), l),
            P.NamePrimaryContext n when CutRegion(n.Start) is { } cut => new MissingExpressionSyntax { Span = cut },
            P.NamePrimaryContext n => new NameExpressionSyntax(Name(n.identifier(), n)) { Span = span },
            P.NowPrimaryContext => new NowExpressionSyntax { Span = span },
            P.ParenPrimaryContext p => new ParenthesizedExpressionSyntax(Expr(p.expr(), p)) { Span = span },
            P.SetPrimaryContext s => new SetExpressionSyntax(s.expr().Select(e => Expr(e, s)).ToImmutableArray()) { Span = span },
            P.MatchPrimaryContext m => new MatchExpressionSyntax(m.expr() is { } subject ? Expr(subject, m) : null,
                m.matchArm().Select(MatchArm).ToImmutableArray()) { Span = span },
            _ => new MissingExpressionSyntax { Span = span },
        };
    }

    private MatchArmSyntax MatchArm(P.MatchArmContext ctx)
    {
        PatternSyntax pattern = ctx.pattern() switch
        {
            P.GuardPatternContext g => new GuardPatternSyntax(Expr(g.expr(), g)) { Span = SpanOf(g) },
            P.ElsePatternContext e => new ElsePatternSyntax { Span = SpanOf(e) },
            P.ValuePatternContext v => new ValuePatternSyntax(v.expr().Select(e => Expr(e, v)).ToImmutableArray()) { Span = SpanOf(v) },
            _ => new ValuePatternSyntax(ImmutableArray<ExpressionSyntax>.Empty) { Span = MissingSpan(ctx) },
        };
        return new MatchArmSyntax(pattern, Expr(ctx.expr(), ctx)) { Span = SpanOf(ctx) };
    }

    private ExpressionSyntax Literal(P.LiteralContext? ctx, ParserRuleContext parent)
    {
        if (ctx is null) return new MissingExpressionSyntax { Span = MissingSpan(parent) };
        var span = SpanOf(ctx);
        switch (ctx)
        {
            case P.NumberLiteralContext n:
                var text = n.NUMBER().GetText();
                var value = ParseNumber(text);
                if (value is null) _diagnostics.Report(DiagnosticDescriptors.InvalidNumber, Loc(SpanOf(n.NUMBER().Symbol)), text);
                return new LiteralExpressionSyntax(LiteralKind.Number, text, value, n.unit is { } u ? Name(u, n) : null) { Span = span };
            case P.StringLiteralContext s:
                return new LiteralExpressionSyntax(LiteralKind.Text, s.GetText(), Unescape(s.STRING().Symbol), null) { Span = span };
            case P.DateLiteralContext d:
                var dateText = d.GetText();
                var date = ParseDate(dateText);
                if (date is null) _diagnostics.Report(DiagnosticDescriptors.InvalidDate, Loc(span), dateText);
                return new LiteralExpressionSyntax(LiteralKind.Date, dateText, date, null) { Span = span };
            case P.BoolLiteralContext b:
                return new LiteralExpressionSyntax(LiteralKind.Boolean, b.GetText(), b.TRUE() is not null, null) { Span = span };
            default:
                return new MissingExpressionSyntax { Span = span };
        }
    }

    private static object? ParseNumber(string text)
    {
        if (text.EndsWith('_') || text.Contains("__") || text.Contains("_.") || text.Contains("._")) return null;
        return decimal.TryParse(text.Replace("_", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static object? ParseDate(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;
    }
}
