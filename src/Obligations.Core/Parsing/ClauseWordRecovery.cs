using Antlr4.Runtime;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Syntax;
using Obligations.Text;
using Vocabulary = Obligations.Syntax.Vocabulary;

namespace Obligations.Parsing;

/// <summary>
/// Reads a misspelt clause word as the clause the author meant: <c>holdr controller</c> at the start of a line
/// in a rule's body is reported once ("did you mean 'holder'?") and then parsed as <c>holder controller</c>,
/// so the analyses see the holder instead of warning that there is none. Candidates come from
/// <see cref="Vocabulary.ClauseStartWords"/>; only a name standing where a clause starts (first on its line,
/// after the body's <c>{</c> or after a complete clause) and close to exactly one clause word is taken.
/// </summary>
internal static class ClauseWordRecovery
{
    private static readonly HashSet<int> s_declarationKeywords =
        Vocabulary.DeclarationKeywords.Select(TypeOf).OfType<int>().ToHashSet();

    public static void Apply(IList<IToken> tokens, SourceText text, DiagnosticBag diagnostics)
    {
        string? declaration = null;
        var braces = 0;
        var parens = 0;
        IToken? previous = null;
        foreach (var token in tokens)
        {
            if (token.Channel != Lexer.DefaultTokenChannel || token.Type == TokenConstants.EOF) continue;
            if (braces == 0 && s_declarationKeywords.Contains(token.Type)) declaration = token.Text;
            switch (token.Type)
            {
                case OblLexer.LBRACE: braces++; break;
                case OblLexer.RBRACE: braces = Math.Max(0, braces - 1); break;
                case OblLexer.LPAREN: parens++; break;
                case OblLexer.RPAREN: parens = Math.Max(0, parens - 1); break;
                case OblLexer.IDENT when braces == 1 && parens == 0 && declaration is not null && previous is not null
                                         && previous.Line < token.Line && StartsClauseAfter(previous.Type):
                    if (Closest(token.Text, Vocabulary.ClauseStartWords(declaration)) is { } word && TypeOf(word) is { } type)
                    {
                        diagnostics.Report(DiagnosticDescriptors.MisspeltKeyword,
                            new Location(text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1)), token.Text, word);
                        ((CommonToken)token).Type = type;
                    }
                    break;
            }
            previous = token;
        }
    }

    /// <summary>A clause starts after the body's brace or after a token that can end a clause.</summary>
    private static bool StartsClauseAfter(int type) => type is OblLexer.LBRACE or OblLexer.NUMBER or OblLexer.STRING or OblLexer.DATE
        or OblLexer.RPAREN or OblLexer.RBRACE or OblLexer.TRUE or OblLexer.FALSE or OblLexer.NOW or OblLexer.STANDING
        || TokenDescriptions.IsName(type);

    /// <summary>The one clause word within a small edit distance (one edit up to four letters, two beyond).</summary>
    internal static string? Closest(string name, IEnumerable<string> words)
    {
        var limit = name.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var word in words)
        {
            var distance = EditDistance(name.ToLowerInvariant(), word);
            if (distance < bestDistance) (best, bestDistance, tie) = (word, distance, false);
            else if (distance == bestDistance) tie = true;
        }
        return best is not null && bestDistance > 0 && bestDistance <= limit && !tie ? best : null;
    }

    private static int? TypeOf(string word)
    {
        for (var type = 1; type <= ((Antlr4.Runtime.Vocabulary)OblLexer.DefaultVocabulary).getMaxTokenType(); type++)
            if (OblLexer.DefaultVocabulary.GetLiteralName(type) == "'" + word + "'") return type;
        return null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
