using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Turns names from the rules into C# identifiers: characters C# does not allow in identifiers become '_',
/// keywords (<c>class</c>, <c>event</c>, contextual ones too) are written verbatim (<c>@class</c>), and names too
/// long for metadata are cut and made unique with a hash.
/// </summary>
internal static class CSharpIdentifiers
{
    /// <summary>
    /// The most UTF-8 bytes a name from the rules keeps. Metadata names are limited to 1,023 bytes (CS7013), and the
    /// compiler derives longer ones from them: a namespace prefix for types, <c>get_</c>/<c>set_</c> and
    /// <c>&lt;…&gt;k__BackingField</c> for properties.
    /// </summary>
    public const int MaxNameBytes = 400;

    /// <summary>A name made of characters C# accepts in an identifier, short enough for metadata.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        // Runes, not chars: a letter outside the Basic Multilingual Plane is one identifier character, not two '_'.
        foreach (var rune in name.EnumerateRunes())
        {
            var text = rune.ToString();
            builder.Append(SyntaxFacts.IsValidIdentifier("a" + text) ? text : "_");
        }
        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0])) builder.Insert(0, '_');
        return Shorten(builder.ToString(), name);
    }

    /// <summary>
    /// A path for a <c>#line</c> directive. Its file name is not an escaped string: a <c>"</c> or a line break would
    /// end it, so they become '_' (the path still ends in .obl, which stack traces are matched on).
    /// </summary>
    public static string LineDirectivePath(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path) builder.Append(c == '"' || char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? '_' : c);
        return builder.ToString();
    }

    private static string Shorten(string sanitized, string original)
    {
        if (Encoding.UTF8.GetByteCount(sanitized) <= MaxNameBytes) return sanitized;
        // Cut on a rune boundary and add a hash of the whole name, so two long names that share a start stay distinct.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(original)), 0, 4);
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in sanitized.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxNameBytes - 9) break;
            builder.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }
        return builder.Append('_').Append(hash).ToString();
    }

    /// <summary>The token for an already sanitized name; keywords get the verbatim '@' prefix.</summary>
    public static SyntaxToken Token(string name) =>
        IsKeyword(name) ? Identifier(default, SyntaxKind.IdentifierToken, "@" + name, name, default) : Identifier(name);

    public static IdentifierNameSyntax Name(string name) => IdentifierName(Token(name));

    /// <summary>
    /// The token declaring a type. A type name of lower-case ASCII letters only may become a C# keyword, and C#
    /// warns about it (CS8981) unless it is written verbatim, so <c>order</c> is declared <c>@order</c>.
    /// </summary>
    public static SyntaxToken TypeToken(string name) =>
        name.All(c => c is >= 'a' and <= 'z') ? Identifier(default, SyntaxKind.IdentifierToken, "@" + name, name, default) : Token(name);

    private static bool IsKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;
}
