using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Shared;

/// <summary>Facts about the language the editor features share: keywords, type names, units, reasons.</summary>
public static class LanguageFacts
{
    public static readonly string[] DeclarationKeywords =
        ["enum", "record", "fact", "party", "define", "threshold", "trigger", "measure", "obligation", "prohibition", "permission", "consequence"];

    public static readonly string[] RuleClauseKeywords = ["holder", "when", "standing", "must", "must not", "may", "within", "unless", "overrides"];

    public static readonly string[] MeasureClauseKeywords = ["done when", "incompatible with"];

    public static readonly string[] ConsequenceClauseKeywords = ["kind", "on breach of", "when"];

    public static readonly string[] ExpressionStartKeywords = ["not", "now", "match", "true", "false"];

    public static readonly string[] OperatorKeywords = ["and", "or", "in", "not in"];

    public static readonly string[] PrimitiveTypes = ["bool", "int", "decimal", "money", "duration", "date", "text"];

    public static readonly string[] DurationUnits = ["minutes", "hours", "days", "weeks", "minute", "hour", "day", "week"];

    public static readonly string[] CommonCurrencies = ["USD", "EUR", "GBP", "CHF", "JPY"];

    public static readonly string[] OverrideReasons = ["lex_specialis", "lex_posterior", "lex_superior"];

    public static readonly string[] ConsequenceKinds = ["responsibility", "compensation", "cessation", "reparation", "countermeasures", "penalty", "termination"];

    /// <summary>True when <paramref name="name"/> lexes as exactly one identifier (so not a keyword, not empty).</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsWhiteSpace)) return false;
        var tree = SyntaxTree.ParseText(name, "rename-check.obl");
        return tree.Tokens.Length == 1 && tree.Tokens[0].Kind == SyntaxTokenKind.Identifier && tree.Tokens[0].Text == name;
    }
}
