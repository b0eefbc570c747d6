using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Collects the statements of the evaluate method, putting a <c>#line</c> directive before each one that comes
/// from the rules (so debuggers and stack traces show the .obl line) and <c>#line default</c> after.
/// </summary>
internal sealed class StatementWriter(Func<string, string> linePath)
{
    private readonly List<StatementSyntax> _statements = [];
    private bool _mapped;
    private string? _comment;

    public IReadOnlyList<StatementSyntax> Statements => _statements;

    /// <summary>A statement evaluating something written at <paramref name="source"/>.</summary>
    public void Add(StatementSyntax statement, Obligations.Lowering.IrSource source)
    {
        var directive = Trivia(LineDirectiveTrivia(Literal(source.Line), Literal(CSharpIdentifiers.LineDirectivePath(linePath(source.Path))), true));
        _statements.Add(WithComment(statement, directive));
        _mapped = true;
    }

    /// <summary>A bookkeeping statement of the generator's own.</summary>
    public void Add(StatementSyntax statement)
    {
        _statements.Add(_mapped ? WithComment(statement, Trivia(LineDirectiveTrivia(Token(SyntaxKind.DefaultKeyword), true))) : WithComment(statement, null));
        _mapped = false;
    }

    /// <summary>A comment placed before the next statement (only ever an identifier from the rules, which cannot hold a line break).</summary>
    public void Comment(string text) => _comment = text;

    /// <summary>Trivia for the method's closing brace: ends the last mapping so later code maps to the .cs file.</summary>
    public SyntaxTriviaList ClosingTrivia =>
        _mapped ? TriviaList(Trivia(LineDirectiveTrivia(Token(SyntaxKind.DefaultKeyword), true))) : TriviaList();

    private StatementSyntax WithComment(StatementSyntax statement, SyntaxTrivia? directive)
    {
        var trivia = new List<SyntaxTrivia>();
        if (_comment is not null)
        {
            trivia.Add(SyntaxFactory.Comment("// " + _comment));
            trivia.Add(ElasticCarriageReturnLineFeed);
            _comment = null;
        }
        if (directive is { } d) trivia.Add(d);
        return trivia.Count == 0 ? statement : statement.WithLeadingTrivia(trivia);
    }
}
