using Obligations.Text;

namespace Obligations.Syntax;

public enum SyntaxTokenKind { Keyword, Identifier, Number, Text, Date, Operator, Punctuation, Comment, DocComment, Invalid, Whitespace }

/// <summary>
/// A classified token of the source. <see cref="SyntaxTree.Tokens"/> holds every token and comment;
/// <see cref="SyntaxTree.AllTokens"/> adds the whitespace between them, so that together they spell the file
/// exactly. Editors use these for colouring and formatting without touching ANTLR.
/// </summary>
public readonly record struct SyntaxToken(SyntaxTokenKind Kind, TextSpan Span, string Text);
