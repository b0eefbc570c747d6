using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>
/// Where the cursor is, read from the tokens before it (which survive broken text better than the tree):
/// the word being typed, the significant tokens before it, and the kind of block it is in.
/// </summary>
public sealed class CompletionSite
{
    private static readonly HashSet<string> s_blockKeywords =
        ["enum", "record", "threshold", "measure", "obligation", "prohibition", "permission", "consequence", "match"];

    private CompletionSite(SyntaxTree tree, int wordStart, List<SyntaxToken> before, bool inCommentOrText)
    {
        Tree = tree;
        WordStart = wordStart;
        Before = before;
        InCommentOrText = inCommentOrText;
        (Block, BlockBraceIndex) = FindBlock(before);
    }

    public SyntaxTree Tree { get; }

    /// <summary>Where the word under completion starts (the cursor when no word is being typed).</summary>
    public int WordStart { get; }

    /// <summary>The non-comment tokens before the word, in order.</summary>
    public List<SyntaxToken> Before { get; }

    public bool InCommentOrText { get; }

    /// <summary>The innermost unclosed block: a declaration keyword, "match", "set", or null at the top level.</summary>
    public string? Block { get; }

    public int BlockBraceIndex { get; }

    public SyntaxToken? Previous => Before.Count > 0 ? Before[^1] : null;

    public SyntaxToken? PreviousAt(int back) => Before.Count > back ? Before[^(back + 1)] : null;

    /// <summary>True when only whitespace precedes the word on its line.</summary>
    public bool AtLineStart
    {
        get
        {
            var text = Tree.Text.Text;
            for (var i = WordStart - 1; i >= 0; i--)
            {
                if (text[i] == '\n' || text[i] == '\r') return true;
                if (!char.IsWhiteSpace(text[i])) return false;
            }
            return true;
        }
    }

    public static CompletionSite Create(SyntaxTree tree, int position)
    {
        var wordStart = position;
        var inCommentOrText = false;
        var before = new List<SyntaxToken>();
        var tokens = tree.Tokens;
        for (var index = CompletionWindow.FirstTokenIndex(tree, position); index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Span.Start >= position) break;
            var touchesCursor = token.Span.End >= position;
            if (touchesCursor && token.Kind is SyntaxTokenKind.Identifier or SyntaxTokenKind.Keyword)
            {
                wordStart = token.Span.Start;
                break;
            }
            if (token.Kind is SyntaxTokenKind.Comment or SyntaxTokenKind.DocComment)
            {
                // A line comment runs to the end of its line, so a cursor right after it is still inside it.
                if (token.Span.End > position || (token.Span.End == position && token.Text.StartsWith("//", StringComparison.Ordinal))) inCommentOrText = true;
                continue;
            }
            if (token.Kind == SyntaxTokenKind.Text && (token.Span.End > position || (token.Span.End == position && !IsClosedString(token.Text))))
                inCommentOrText = true;
            before.Add(token);
        }
        return new CompletionSite(tree, wordStart, before, inCommentOrText);
    }

    /// <summary>The statement keyword (enum, fact, define…) that owns token <paramref name="index"/>, scanning back.</summary>
    public string? OwnerKeyword(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var t = Before[i];
            if (t.Text is "}" or "{") return null;
            if (t.Kind == SyntaxTokenKind.Keyword && (s_blockKeywords.Contains(t.Text) || t.Text is "fact" or "define" or "party" or "trigger" or "criterion"))
                return t.Text;
        }
        return null;
    }

    /// <summary>The parser's own rule, so that <c>"a\\"</c> counts as closed here too.</summary>
    private static bool IsClosedString(string text) => SyntaxFacts.IsClosedString(text);

    private static (string?, int) FindBlock(List<SyntaxToken> before)
    {
        var open = new Stack<int>();
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i].Text == "{") open.Push(i);
            else if (before[i].Text == "}" && open.Count > 0) open.Pop();
        }
        if (open.Count == 0) return (null, -1);
        var brace = open.Peek();
        if (brace > 0 && before[brace - 1].Kind is SyntaxTokenKind.Operator or SyntaxTokenKind.Punctuation
            || brace > 0 && before[brace - 1].Text is "in" or "when" or "unless" or "not" or "and" or "or")
            return ("set", brace);
        for (var i = brace - 1; i >= 0; i--)
        {
            var t = before[i];
            if (t.Text is "}" or "{") break;
            if (t.Kind == SyntaxTokenKind.Keyword && s_blockKeywords.Contains(t.Text)) return (t.Text, brace);
        }
        return ("set", brace);
    }
}
