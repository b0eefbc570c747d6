using System.Text.RegularExpressions;

namespace Obligations.Testing.Harness;

/// <summary>
/// The kind of a difference, without the names, values and messages of one case ("rule: reference not_applicable,
/// evaluator pending"), so that one bug met in many rule sets is shrunk once and can be listed as known.
/// </summary>
public static partial class Signature
{
    public static string Of(string difference)
    {
        var code = CodePattern().Match(difference);
        if (difference.StartsWith("the rule set checks", StringComparison.Ordinal) || difference.StartsWith("the generated C#", StringComparison.Ordinal))
            return difference[..difference.IndexOf(':')] + (code.Success ? " " + code.Value : "");
        var text = Parenthesised().Replace(difference, "");
        text = Names().Replace(text, "$1");
        return Dates().Replace(text, "<date>");
    }

    [GeneratedRegex(@"\b(CS|OBL)\d{4}\b")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@" ?\((?:[^()]|\([^()]*\))*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b(rule|consequence) [rq]\d+")]
    private static partial Regex Names();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT[0-9:.+Z-]+")]
    private static partial Regex Dates();
}
