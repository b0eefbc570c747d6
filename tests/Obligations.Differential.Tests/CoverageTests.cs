using System.Text.RegularExpressions;
using Obligations.Testing.Generation;

namespace Obligations.Differential.Tests;

/// <summary>The generator reaches every construct of the language: a few hundred seeds contain each form at least once.</summary>
public sealed class CoverageTests
{
    private static readonly string s_corpus = string.Join("\n", Enumerable.Range(1, 300).Select(s => RuleSetGen.FromSeed(s).Text));

    [Theory]
    [InlineData(@"enum E\d+ ordered")]
    [InlineData(@"record R\d+ \{")]
    [InlineData(@"f\d+: R\d+")]
    [InlineData(@"fact x\d+: set of E\d+")]
    [InlineData(@"money (EUR|USD)")]
    [InlineData(@"define d\d+ = ")]
    [InlineData(@"= \(?d\d+ [-+*/] ")]
    [InlineData(@"threshold th\d+ all of")]
    [InlineData(@"threshold th\d+ any of")]
    [InlineData(@"trigger t\d+ when")]
    [InlineData(@"done when .* on ")]
    [InlineData(@"incompatible with m\d+")]
    [InlineData(@"obligation r\d+")]
    [InlineData(@"prohibition r\d+")]
    [InlineData(@"permission r\d+")]
    [InlineData(@"    standing")]
    [InlineData(@"within .* after ")]
    [InlineData(@"unless ")]
    [InlineData(@"overrides r\d+ because lex_\w+ """)]
    [InlineData(@"on breach of any")]
    [InlineData(@"on breach of r\d+, r\d+")]
    [InlineData(@"match \{")]
    [InlineData(@"match x\d+(\.f\d+)* \{")]
    [InlineData(@"\| e\d+_m\d+ =>")]
    [InlineData(@"else =>")]
    [InlineData(@""" => ")]
    [InlineData(@" not in ")]
    [InlineData(@"\b\d+ (minute|hour|day|week)s?\b")]
    [InlineData(@"\d{4}-\d\d-\d\dT\d\d:\d\dZ")]
    [InlineData(@"\bnow\b")]
    [InlineData(@"\(-")]
    [InlineData(@"\(not ")]
    [InlineData(@" (<|<=|>|>=) ")]
    [InlineData(@"source ""Art\. \d+""")]
    [InlineData(@"^module generated", RegexOptions.Multiline)]
    public void GeneratedRuleSetsContain(string pattern, RegexOptions options = RegexOptions.None) =>
        Assert.Matches(new Regex(pattern, options), s_corpus);
}
