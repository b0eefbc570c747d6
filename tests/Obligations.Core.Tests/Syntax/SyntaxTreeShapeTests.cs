using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Core.Tests.Syntax;

/// <summary>
/// The tree's own promises, on every example and on seeded mutants of them: the tokens spell the file exactly,
/// every node's span lies on token boundaries inside its parent's, and children come in source order.
/// </summary>
public sealed class SyntaxTreeShapeTests
{
    private const int Seed = 20261203;
    private const int MutantsPerFile = 150;

    public static TheoryData<string> ExampleFiles() => MutationTests.ExampleFiles();

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Examples_round_trip_and_keep_exact_spans(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Examples, relativePath));
        AssertShape(text, relativePath);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Mutants_round_trip_and_keep_exact_spans(string relativePath)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Examples, relativePath));
        var tokens = SyntaxTree.ParseText(original).Tokens;
        var random = new Random(Seed ^ StableHash(relativePath));
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var mutated = MutationTests.Mutate(original, tokens, random, out var description);
            AssertShape(mutated, $"{relativePath}, mutant {i} ({description})");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("/* never closed")]
    [InlineData("fact x: bool \"open string")]
    [InlineData("obligation o {\r\n  holder\r\n  when (a and\r\n}")]
    [InlineData("define d = ((((((1")]
    public void Odd_inputs_round_trip(string text) => AssertShape(text, Escape(text));

    private static void AssertShape(string text, string what)
    {
        var tree = SyntaxTree.ParseText(text, "shape.obl");
        Assert.True(tree.ToFullString() == text, $"{what}: the tokens do not spell the file");

        var boundaries = new HashSet<int> { text.Length };
        var at = 0;
        foreach (var token in tree.AllTokens)
        {
            Assert.True(token.Span.Start == at && token.Span.Length > 0, $"{what}: token {token} does not start where the previous ended ({at})");
            Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            if (token.Kind == SyntaxTokenKind.Whitespace)
                Assert.True(token.Text.All(char.IsWhiteSpace), $"{what}: text between tokens is not whitespace: {token}");
            boundaries.Add(at);
            at = token.Span.End;
        }
        Assert.Equal(text.Length, at);

        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            Assert.True(boundaries.Contains(node.Span.Start) && boundaries.Contains(node.Span.End),
                $"{what}: {node} does not start and end on token boundaries");
            var previousEnd = node.Span.Start;
            foreach (var child in node.ChildNodes())
            {
                Assert.True(child.Span.Start >= previousEnd && child.Span.End <= node.Span.End,
                    $"{what}: child {child} of {node} is out of order or outside its parent; children: {string.Join(", ", node.ChildNodes())}");
                previousEnd = child.Span.End;
            }
        }
    }

    /// <summary>string.GetHashCode differs per process; the mutants must be the same on every run.</summary>
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff;

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
