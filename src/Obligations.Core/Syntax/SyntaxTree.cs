using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Parsing;
using Obligations.Text;

namespace Obligations.Syntax;

/// <summary>One parsed file: its text, its immutable root, every token (comments included) and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private ImmutableArray<SyntaxToken> _allTokens;

    internal SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<SyntaxToken> tokens, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }
    public CompilationUnitSyntax Root { get; }
    /// <summary>Every token and comment in source order; whitespace left out.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <summary>
    /// Every token, comment and run of whitespace in source order: they tile the file without gap or overlap.
    /// The lexer sends nothing but whitespace between the tokens, so the runs are the gaps, made on first use.
    /// </summary>
    public ImmutableArray<SyntaxToken> AllTokens
    {
        get
        {
            if (_allTokens.IsDefault) ImmutableInterlocked.InterlockedInitialize(ref _allTokens, WithWhitespace());
            return _allTokens;
        }
    }

    private ImmutableArray<SyntaxToken> WithWhitespace()
    {
        var all = ImmutableArray.CreateBuilder<SyntaxToken>(Tokens.Length * 2 + 1);
        var at = 0;
        void Gap(int end)
        {
            if (end > at) all.Add(new SyntaxToken(SyntaxTokenKind.Whitespace, TextSpan.FromBounds(at, end), Text.Text[at..end]));
        }
        foreach (var token in Tokens)
        {
            Gap(token.Span.Start);
            all.Add(token);
            at = token.Span.End;
        }
        Gap(Text.Length);
        return all.ToImmutable();
    }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public string Path => Text.Path;

    /// <summary>The module this file belongs to: its <c>module</c> line, else the file name without extension.</summary>
    public string ModuleName => Root.Module is { } m && !m.Name.Parts.Any(p => p.IsMissing)
        ? m.Name.Text
        : System.IO.Path.GetFileNameWithoutExtension(Text.Path);

    public static SyntaxTree Parse(SourceText text, CancellationToken cancellationToken = default) =>
        SyntaxParser.Parse(text, cancellationToken);

    public static SyntaxTree ParseText(string text, string path = "main.obl", CancellationToken cancellationToken = default) =>
        Parse(new SourceText(path, text), cancellationToken);

    public Location GetLocation(TextSpan span) => new(Text, span);

    /// <summary>The token whose span contains or ends at <paramref name="position"/>, preferring one that contains it.</summary>
    public SyntaxToken? FindToken(int position)
    {
        var index = FirstTokenEndingAfter(position - 1);
        SyntaxToken? touching = null;
        for (var i = index; i < Tokens.Length; i++)
        {
            var token = Tokens[i];
            if (token.Span.Contains(position)) return token;
            if (token.Span.End == position) touching = token;
            if (token.Span.Start > position) break;
        }
        return touching;
    }

    /// <summary>The tokens and comments inside <paramref name="node"/>'s span, in source order (found by binary search).</summary>
    public IEnumerable<SyntaxToken> GetTokens(SyntaxNode node)
    {
        var span = node.Span;
        for (var i = FirstTokenEndingAfter(span.Start); i < Tokens.Length && Tokens[i].Span.End <= span.End; i++)
            if (Tokens[i].Span.Start >= span.Start) yield return Tokens[i];
    }

    /// <summary>The file's text rebuilt from <see cref="AllTokens"/>; equal to <see cref="Text"/> for every input.</summary>
    public string ToFullString()
    {
        var builder = new System.Text.StringBuilder(Text.Length);
        foreach (var token in AllTokens) builder.Append(token.Text);
        return builder.ToString();
    }

    /// <summary>Index of the first token in <see cref="Tokens"/> whose end lies after <paramref name="position"/>.</summary>
    private int FirstTokenEndingAfter(int position)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Tokens[mid].Span.End <= position) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
