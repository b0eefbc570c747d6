using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Syntax;
using Obligations.Text;
using P = Obligations.Parsing.Generated.OblParser;

namespace Obligations.Parsing;

// Spans, names, strings and doc comments: the token-level helpers of the builder.
internal sealed partial class SyntaxTreeBuilder
{
    private static bool IsMissing(IToken token) => token.TokenIndex < 0 || token.StartIndex < 0 || token.StopIndex < token.StartIndex;

    private Location Loc(TextSpan span) => new(_text, span);

    private static TextSpan SpanOf(IToken token) => TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    /// <summary>From the first to the last real token of a context; zero-width where it holds none.</summary>
    private TextSpan SpanOf(ParserRuleContext ctx)
    {
        var start = ctx.Start;
        var stop = ctx.Stop;
        if (start is null || IsMissing(start)) return MissingSpan(ctx);
        if (stop is null || IsMissing(stop) || stop.StopIndex < start.StartIndex) return new TextSpan(start.StartIndex, 0);
        return TextSpan.FromBounds(start.StartIndex, stop.StopIndex + 1);
    }

    /// <summary>Where a missing piece would go: right after the last real token of the context, or where it starts.</summary>
    private TextSpan MissingSpan(ParserRuleContext ctx)
    {
        var stop = ctx.Stop;
        if (stop is not null && !IsMissing(stop) && ctx.Start is { } s && stop.StopIndex >= s.StartIndex) return new TextSpan(stop.StopIndex + 1, 0);
        var start = ctx.Start;
        if (start is not null && start.StartIndex >= 0) return new TextSpan(Math.Min(start.StartIndex, _text.Length), 0);
        return new TextSpan(_text.Length, 0);
    }

    private IdentifierSyntax Name(P.IdentifierContext? ctx, ParserRuleContext parent)
    {
        if (ctx?.GetChild(0) is not ITerminalNode terminal || terminal is IErrorNode || ctx.exception is not null
            || !TokenDescriptions.IsName(terminal.Symbol.Type) || IsMissing(terminal.Symbol) || _cut.ContainsKey(terminal.Symbol.TokenIndex))
            return ctx is null ? MissingName(parent) : new IdentifierSyntax(string.Empty, true) { Span = Within(MissingSpan(ctx), parent) };
        var token = terminal.Symbol;
        return new IdentifierSyntax(token.Text, false) { Span = SpanOf(token) };
    }

    /// <summary>
    /// A missing child stays inside its parent: ANTLR starts an empty context at the next real token, which may
    /// lie after the parent's last token, so the position is pulled back to the parent's end.
    /// </summary>
    private TextSpan Within(TextSpan missing, ParserRuleContext parent)
    {
        var bounds = SpanOf(parent);
        var at = Math.Clamp(missing.Start, bounds.Start, bounds.End);
        return new TextSpan(at, 0);
    }

    private IdentifierSyntax MissingName(ParserRuleContext ctx) => new(string.Empty, true) { Span = MissingSpan(ctx) };

    /// <summary>The text inside the quotes, with escapes resolved; unknown escapes are reported and kept literally.</summary>
    private string Unescape(IToken token)
    {
        if (IsMissing(token) || token.Text.Length < 1) return string.Empty;
        var raw = token.Text;
        var end = SyntaxParser.IsClosed(raw) ? raw.Length - 1 : raw.Length;
        var builder = new StringBuilder(raw.Length);
        for (var i = 1; i < end; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= end) { builder.Append(c); continue; }
            var next = raw[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                default:
                    _diagnostics.Report(DiagnosticDescriptors.InvalidEscape, Loc(new TextSpan(token.StartIndex + i - 1, 2)), next);
                    builder.Append('\\').Append(next);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The <c>///</c> lines directly above a token (no blank line between), joined without the slashes.</summary>
    private string? DocCommentBefore(IToken? token)
    {
        if (token is null || IsMissing(token)) return null;
        var hidden = _tokens.GetHiddenTokensToLeft(token.TokenIndex);
        if (hidden is null) return null;
        var lines = new List<string>();
        for (var i = hidden.Count - 1; i >= 0; i--)
        {
            var t = hidden[i];
            if (t.Type == OblLexer.WS)
            {
                if (t.Text.Count(ch => ch == '\n') > 1) break;
                continue;
            }
            if (t.Type != OblLexer.DOC_COMMENT) break;
            var line = t.Text[3..];
            lines.Insert(0, line.StartsWith(' ') ? line[1..] : line);
        }
        return lines.Count == 0 ? null : string.Join("\n", lines).TrimEnd();
    }
}
