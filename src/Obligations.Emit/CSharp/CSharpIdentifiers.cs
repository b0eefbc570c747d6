using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Turns names from the rules into C# identifiers: characters C# does not allow in identifiers become '_',
/// and keywords (<c>class</c>, <c>event</c>, contextual ones too) are written verbatim (<c>@class</c>).
/// </summary>
internal static class CSharpIdentifiers
{
    /// <summary>A name made of characters C# accepts in an identifier.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name) builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>The token for an already sanitized name; keywords get the verbatim '@' prefix.</summary>
    public static SyntaxToken Token(string name) =>
        IsKeyword(name) ? Identifier(default, SyntaxKind.IdentifierToken, "@" + name, name, default) : Identifier(name);

    public static IdentifierNameSyntax Name(string name) => IdentifierName(Token(name));

    private static bool IsKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;
}
