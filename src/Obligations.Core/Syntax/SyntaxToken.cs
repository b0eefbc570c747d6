using Obligations.Text;

namespace Obligations.Syntax;

public enum SyntaxTokenKind { Keyword, Identifier, Number, Text, Date, Operator, Punctuation, Comment, DocComment, Invalid }

/// <summary>
/// A classified token of the source, including comments (whitespace is not kept: it is the gaps between tokens).
/// Editors use these for colouring and formatting without touching ANTLR.
/// </summary>
public readonly record struct SyntaxToken(SyntaxTokenKind Kind, TextSpan Span, string Text);
