using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Core.Tests;

/// <summary>A misspelt unit gets a "did you mean" (which the editor's quick fix applies); an unrelated word does not.</summary>
public sealed class UnitSuggestionTests
{
    [Theory]
    [InlineData("3 dayz", "Unknown unit 'dayz'; durations use minutes, hours, days or weeks, money a three-letter currency code such as USD; did you mean 'days'?")]
    [InlineData("2 hourz", "Unknown unit 'hourz'; durations use minutes, hours, days or weeks, money a three-letter currency code such as USD; did you mean 'hours'?")]
    [InlineData("3 parsecs", "Unknown unit 'parsecs'; durations use minutes, hours, days or weeks, money a three-letter currency code such as USD")]
    public void Misspelt_units_are_suggested(string literal, string message)
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText($"define d: duration source \"x\" = {literal}\n")]);
        var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Id == "OBL1017");
        Assert.Equal(message, diagnostic.Message);
    }
}
