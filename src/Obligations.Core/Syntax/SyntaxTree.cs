using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Parsing;
using Obligations.Text;

namespace Obligations.Syntax;

/// <summary>One parsed file: its text, its immutable root, every token (comments included) and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<SyntaxToken> tokens, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }
    public CompilationUnitSyntax Root { get; }
    public ImmutableArray<SyntaxToken> Tokens { get; }
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
        SyntaxToken? touching = null;
        foreach (var token in Tokens)
        {
            if (token.Span.Contains(position)) return token;
            if (token.Span.End == position) touching = token;
            if (token.Span.Start > position) break;
        }
        return touching;
    }
}
