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
        var names = expected.ToList().Select(DescribeType).Distinct().ToList();
        if (names.Count == 0) return "something else";
        if (names.Count > 8) return string.Join(", ", names.Take(8)) + ", …";
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

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
