using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Obligations.Parsing.Generated;

namespace Obligations.Parsing;

/// <summary>How tokens and expected-token sets read in messages meant for rule authors.</summary>
internal static class TokenDescriptions
{
    public static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        OblParser.IDENT => $"name '{token.Text}'",
        OblParser.NUMBER => $"number {token.Text}",
        OblParser.STRING => "text in quotes",
        OblParser.DATE => $"date {token.Text}",
        _ => $"'{Shorten(token.Text)}'",
    };

    public static string Describe(IntervalSet expected)
    {
        var types = expected.ToList();
        if (types.Contains(OblParser.IDENT)) types = types.Where(t => t == OblParser.IDENT || !IsName(t)).ToList();
        var startsExpression = types.Contains(OblParser.NOT) && types.Contains(OblParser.LPAREN) && types.Contains(OblParser.NUMBER);
        if (startsExpression) types = types.Where(t => !StartsExpression(t)).Prepend(-1).ToList();
        var names = types.Select(t => t == -1 ? "an expression" : DescribeType(t)).Distinct().ToList();
        if (names.Count == 0) return "something else";
        if (names.Count > 8) return string.Join(", ", names.Take(8)) + ", …";
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

    /// <summary>Tokens that the grammar's <c>identifier</c> rule accepts: names and the clause words that double as names.</summary>
    public static bool IsName(int type) => type is OblParser.IDENT or OblParser.BREACH or OblParser.KIND or OblParser.HOLDER
        or OblParser.STANDING or OblParser.DONE or OblParser.ORDERED or OblParser.CRITERION or OblParser.INCOMPATIBLE
        or OblParser.WITH or OblParser.AFTER or OblParser.BECAUSE or OblParser.ON or OblParser.STRENGTH or OblParser.NOT_MET
        or OblParser.OWED or OblParser.TO;

    private static bool StartsExpression(int type) => IsName(type) || type is OblParser.NOT or OblParser.MATCH or OblParser.TRUE
        or OblParser.FALSE or OblParser.NOW or OblParser.LBRACE or OblParser.LPAREN or OblParser.MINUS or OblParser.NUMBER
        or OblParser.STRING or OblParser.DATE;

    public static string DescribeType(int type) => type switch
    {
        TokenConstants.EOF => "end of file",
        OblParser.IDENT => "a name",
        OblParser.NUMBER => "a number",
        OblParser.STRING => "text in quotes",
        OblParser.DATE => "a date",
        _ => OblParser.DefaultVocabulary.GetLiteralName(type) ?? OblParser.DefaultVocabulary.GetDisplayName(type),
    };

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length > 30 ? text[..30] + "…" : text;
}
