namespace Obligations.Syntax;

/// <summary>Lexical facts the parser and the editor features share, so the rule exists once.</summary>
public static class SyntaxFacts
{
    /// <summary>True when a text token ends with a closing quote that is not itself escaped (<c>"a\\"</c> is closed, <c>"a\"</c> is not).</summary>
    public static bool IsClosedString(string tokenText)
    {
        if (tokenText.Length < 2 || tokenText[^1] != '"') return false;
        var backslashes = 0;
        for (var i = tokenText.Length - 2; i > 0 && tokenText[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 0;
    }
}
