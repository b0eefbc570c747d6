using System.Text;
using Obligations.Syntax;

namespace Obligations.Formatting;

/// <summary>
/// Formats a file from its classified tokens (comments included), guided by its syntax tree. It keeps the
/// author's line breaks (at most one blank line in a row) and every comment, indents four spaces per open
/// brace or parenthesis, keeps continuation lines indented past their clause, and normalises spacing within
/// a line. Formatting its own output changes nothing. Files with syntax errors are left alone: reflowing
/// text the parser did not understand could change its meaning.
/// </summary>
public static class SyntaxFormatter
{
    private const int IndentSize = 4;

    /// <summary>Formats <paramref name="tree"/>; false (and the text unchanged) when it has syntax errors.</summary>
    public static bool TryFormat(SyntaxTree tree, out string formatted)
    {
        formatted = tree.Text.Text;
        if (tree.Diagnostics.Any(d => d.IsError)) return false;
        var result = FormatTokens(tree);
        if (result is null || !SameContent(tree.Text.Text, result)) return false;
        formatted = result;
        return true;
    }

    private static string? FormatTokens(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var layout = FormattingLayout.Create(tree);
        var builder = new StringBuilder(text.Length + text.Length / 8);
        var depth = 0;
        SyntaxToken? previous = null;
        foreach (var token in tree.Tokens)
        {
            var gapStart = previous?.Span.End ?? 0;
            var gap = text.AsSpan(gapStart, token.Span.Start - gapStart);
            if (!gap.IsWhiteSpace()) return null;
            var newlines = gap.Count('\n') + (gap.Contains('\n') ? 0 : gap.Count('\r'));
            var closes = token.Text is "}" or ")";
            if (previous is null || newlines > 0)
            {
                if (previous is not null) for (var i = 0; i < Math.Min(newlines, 2); i++) builder.Append(newline);
                var level = Math.Max(0, closes ? depth - 1 : depth);
                var indent = level * IndentSize;
                if (previous is not null && IsContinuation(token, previous.Value, layout))
                    indent += Math.Max(IndentSize, OriginalColumn(gap) - level * IndentSize);
                builder.Append(' ', indent);
            }
            else if (NeedsSpace(previous.Value, token, layout))
            {
                builder.Append(' ');
            }
            builder.Append(token.Text);
            if (token.Text is "{" or "(") depth++;
            else if (closes) depth = Math.Max(0, depth - 1);
            if (token.Kind is not SyntaxTokenKind.Comment and not SyntaxTokenKind.DocComment) layout.LastSignificant = token;
            previous = token;
        }
        if (builder.Length > 0) builder.Append(newline);
        return builder.ToString();
    }

    /// <summary>A line that continues an expression rather than starting a declaration, clause, member or arm.</summary>
    private static bool IsContinuation(SyntaxToken token, SyntaxToken previous, FormattingLayout layout)
    {
        if (token.Kind is SyntaxTokenKind.Comment or SyntaxTokenKind.DocComment) return false;
        if (token.Text is "}" or ")" || layout.ItemStarts.Contains(token.Span.Start)) return false;
        return layout.LastSignificant is not { Text: "{" or "(" or "," };
    }

    private static bool NeedsSpace(SyntaxToken previous, SyntaxToken token, FormattingLayout layout)
    {
        if (token.Text is "," or ":" or ")" or ".") return false;
        if (previous.Text is "(" or ".") return false;
        if (previous.Text == "{" && layout.SetBraces.Contains(previous.Span.Start)) return false;
        if (token.Text == "}" && layout.SetBraces.Contains(token.Span.Start)) return false;
        if (previous.Text == "-" && layout.UnaryMinus.Contains(previous.Span.Start)) return false;
        return true;
    }

    private static int OriginalColumn(ReadOnlySpan<char> gap)
    {
        var lastBreak = gap.LastIndexOfAny('\n', '\r');
        var column = 0;
        foreach (var c in gap[(lastBreak + 1)..]) column += c == '\t' ? IndentSize : 1;
        return column;
    }

    /// <summary>The safety net: formatting may only move whitespace, never add, drop or reorder anything else.</summary>
    private static bool SameContent(string original, string formatted)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < original.Length && char.IsWhiteSpace(original[i])) i++;
            while (j < formatted.Length && char.IsWhiteSpace(formatted[j])) j++;
            if (i == original.Length || j == formatted.Length) return i == original.Length && j == formatted.Length;
            if (original[i++] != formatted[j++]) return false;
        }
    }
}
