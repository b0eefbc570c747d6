namespace Obligations.Syntax;

/// <summary>
/// The language's fixed words in one table: the parser's recovery, completion, semantic tokens and the docs
/// tests read it rather than keeping copies. Each list is in the order completion offers it; a new word
/// (a normative strength, a unit) is added here and every reader sees it.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] DeclarationKeywords =
        ["enum", "record", "fact", "party", "define", "threshold", "trigger", "measure", "obligation", "prohibition", "permission", "consequence"];

    /// <summary>The keywords that open a rule (obligation, prohibition, permission).</summary>
    public static readonly string[] RuleKeywords = ["obligation", "prohibition", "permission"];

    /// <summary>Clauses of a rule body, as written (several words where the clause has them).</summary>
    public static readonly string[] RuleClauses = ["holder", "when", "standing", "must", "must not", "may", "within", "unless", "overrides", "strength", "owed to"];

    public static readonly string[] MeasureClauses = ["done when", "incompatible with"];

    public static readonly string[] ConsequenceClauses = ["kind", "on breach of", "when", "on not_met of", "owed to"];

    public static readonly string[] ExpressionStartKeywords = ["not", "now", "match", "true", "false"];

    public static readonly string[] OperatorKeywords = ["and", "or", "in", "not in"];

    public static readonly string[] PrimitiveTypes = ["bool", "int", "decimal", "money", "duration", "date", "text"];

    public static readonly string[] DurationUnits = ["minutes", "hours", "days", "weeks", "minute", "hour", "day", "week"];

    public static readonly string[] CommonCurrencies = ["USD", "EUR", "GBP", "CHF", "JPY"];

    public static readonly string[] OverrideReasons = ["lex_specialis", "lex_posterior", "lex_superior"];

    /// <summary>Normative strengths, strongest first: only <c>settled</c> binds (see docs/language.md, "Normative strength").</summary>
    public static readonly string[] Strengths = ["settled", "emerging", "proposed", "best_practice", "contested"];

    public static readonly string[] ConsequenceKinds = ["responsibility", "compensation", "cessation", "reparation", "countermeasures", "penalty", "termination"];

    /// <summary>The clauses a body of the declaration with this keyword holds; empty for declarations without clauses.</summary>
    public static string[] ClausesOf(string declarationKeyword) => declarationKeyword switch
    {
        "obligation" or "prohibition" or "permission" => RuleClauses,
        "measure" => MeasureClauses,
        "consequence" => ConsequenceClauses,
        _ => [],
    };

    /// <summary>The first word of each clause of that body: what a misspelt clause word is compared with.</summary>
    public static IEnumerable<string> ClauseStartWords(string declarationKeyword) =>
        ClausesOf(declarationKeyword).Select(c => c.Split(' ')[0]).Distinct(StringComparer.Ordinal);
}
