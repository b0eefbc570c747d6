using Obligations.Diagnostics;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Core.Tests.Syntax;

/// <summary>The vocabulary table says what the lexer and the binder do: every word in it is accepted where it claims.</summary>
public sealed class VocabularyTests
{
    public static TheoryData<string> Keywords()
    {
        var data = new TheoryData<string>();
        var words = Vocabulary.DeclarationKeywords
            .Concat(Vocabulary.RuleClauses).Concat(Vocabulary.MeasureClauses).Concat(Vocabulary.ConsequenceClauses)
            .Concat(Vocabulary.ExpressionStartKeywords).Concat(Vocabulary.OperatorKeywords)
            .SelectMany(phrase => phrase.Split(' '))
            .Distinct(StringComparer.Ordinal);
        foreach (var word in words) data.Add(word);
        return data;
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Every_keyword_lexes_as_a_keyword(string word)
    {
        var token = Assert.Single(SyntaxTree.ParseText(word).Tokens);
        Assert.Equal(SyntaxTokenKind.Keyword, token.Kind);
    }

    [Fact]
    public void Every_type_unit_reason_and_kind_is_accepted_by_the_binder()
    {
        var text = string.Join("\n", Vocabulary.PrimitiveTypes.Select((t, i) => t == "money" ? $"fact f{i}: money USD" : $"fact f{i}: {t}"))
                   + "\n" + string.Join("\n", Vocabulary.DurationUnits.Select((u, i) => $"define d{i}: duration = 2 {u}"))
                   + "\n" + string.Join("\n", Vocabulary.CommonCurrencies.Select((c, i) => $"define m{i}: money {c} = 2 {c}"))
                   + "\nparty p\nmeasure act { done when f0 }\nobligation base { holder p\n when f0\n must act }\n"
                   + string.Join("\n", Vocabulary.OverrideReasons.Select((r, i) => $"obligation o{i} {{ holder p\n when f0\n must act\n overrides base because {r} }}"))
                   + "\n" + string.Join("\n", Vocabulary.ConsequenceKinds.Select((k, i) => $"consequence c{i} {{ kind {k}\n on breach of base }}"))
                   + "\n";
        var errors = Compilation.Create([SyntaxTree.ParseText(text)]).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("holdr", "obligation", "holder")]
    [InlineData("whn", "obligation", "when")]
    [InlineData("dne", "measure", "done")]
    [InlineData("kidn", "consequence", "kind")]
    [InlineData("overides", "permission", "overrides")]
    public void A_misspelt_clause_word_is_suggested_from_the_table(string written, string declaration, string meant) =>
        Assert.Equal(meant, Obligations.Parsing.ClauseWordRecovery.Closest(written, Vocabulary.ClauseStartWords(declaration)));

    [Theory]
    [InlineData("controller", "obligation")]
    [InlineData("responsible", "obligation")]
    [InlineData("holder", "measure")]
    public void Far_names_are_not_taken_for_clause_words(string written, string declaration) =>
        Assert.Null(Obligations.Parsing.ClauseWordRecovery.Closest(written, Vocabulary.ClauseStartWords(declaration)));

    [Fact]
    public void A_misspelt_holder_gives_one_error_and_no_incompleteness_warnings()
    {
        const string text = "party controller\nfact x: bool\nmeasure m { done when x }\nobligation o {\n  holdr controller\n  when x\n  must m\n}\n";
        var tree = SyntaxTree.ParseText(text);
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(DiagnosticDescriptors.MisspeltKeyword, error.Descriptor);
        Assert.Contains("did you mean 'holder'", error.Message, StringComparison.Ordinal);
        var rule = Assert.IsType<RuleDeclarationSyntax>(tree.Root.Declarations[3]);
        Assert.Equal("controller", Assert.IsType<HolderClauseSyntax>(rule.Clauses[0]).Party.Text);
    }

    [Theory]
    [InlineData("\"a\"", true)]
    [InlineData("\"a\\\\\"", true)]
    [InlineData("\"a\\\"", false)]
    [InlineData("\"a\\\\\\\"", false)]
    [InlineData("\"", false)]
    public void Closed_strings_count_their_backslashes(string token, bool closed) => Assert.Equal(closed, SyntaxFacts.IsClosedString(token));
}
