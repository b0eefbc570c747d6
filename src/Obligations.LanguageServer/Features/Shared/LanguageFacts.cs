using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Shared;

/// <summary>Facts about the language the editor features share: keywords, type names, units, reasons (from <see cref="Vocabulary"/>).</summary>
public static class LanguageFacts
{
    // The words themselves live in Core's Vocabulary, which the parser's recovery reads too.
    public static readonly string[] DeclarationKeywords = Vocabulary.DeclarationKeywords;
    public static readonly string[] RuleClauseKeywords = Vocabulary.RuleClauses;
    public static readonly string[] MeasureClauseKeywords = Vocabulary.MeasureClauses;
    public static readonly string[] ConsequenceClauseKeywords = Vocabulary.ConsequenceClauses;
    public static readonly string[] ExpressionStartKeywords = Vocabulary.ExpressionStartKeywords;
    public static readonly string[] OperatorKeywords = Vocabulary.OperatorKeywords;
    public static readonly string[] PrimitiveTypes = Vocabulary.PrimitiveTypes;
    public static readonly string[] DurationUnits = Vocabulary.DurationUnits;
    public static readonly string[] CommonCurrencies = Vocabulary.CommonCurrencies;
    public static readonly string[] OverrideReasons = Vocabulary.OverrideReasons;
    public static readonly string[] ConsequenceKinds = Vocabulary.ConsequenceKinds;
    public static readonly string[] Strengths = Vocabulary.Strengths;

    /// <summary>True when <paramref name="name"/> lexes as exactly one identifier (so not a keyword, not empty).</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsWhiteSpace)) return false;
        var tree = SyntaxTree.ParseText(name, "rename-check.obl");
        return tree.Tokens.Length == 1 && tree.Tokens[0].Kind == SyntaxTokenKind.Identifier && tree.Tokens[0].Text == name;
    }
}
