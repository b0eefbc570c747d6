using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Core.Tests;

/// <summary>
/// Seeded random damage to the examples (deleted, duplicated and swapped tokens; truncations): the compiler
/// must never throw, and every diagnostic must carry a span inside its file.
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 20261127;
    private const int MutationsPerFile = 400;

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Examples, "*.obl", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Examples, file));
        return data;
    }

    [Fact]
    public void There_are_examples_to_mutate() => Assert.NotEmpty(ExampleFiles());

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Random_mutations_never_throw_and_spans_stay_valid(string relativePath)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Examples, relativePath));
        var tokens = SyntaxTree.ParseText(original).Tokens;
        // string.GetHashCode differs per process; a stable hash keeps the mutants the same on every run.
        var random = new Random(Seed ^ relativePath.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff);
        for (var i = 0; i < MutationsPerFile; i++)
        {
            var mutated = Mutate(original, tokens, random, out var description);
            var tree = SyntaxTree.ParseText(mutated, "mutated.obl");
            var compilation = Compilation.Create([tree]);
            var diagnostics = compilation.GetDiagnostics();
            foreach (var d in diagnostics)
            {
                var span = d.Location.Span;
                Assert.True(span.Start >= 0 && span.End <= mutated.Length && span.Length >= 0,
                    $"{relativePath}, mutation {i} ({description}): {d} has span {span} outside 0..{mutated.Length}");
            }
            var model = compilation.GetSemanticModel(tree);
            var position = random.Next(mutated.Length + 1);
            _ = model.GetSymbolAt(position);
            _ = model.FindExpression(position);
        }
    }

    internal static string Mutate(string text, IReadOnlyList<SyntaxToken> tokens, Random random, out string description)
    {
        var a = tokens[random.Next(tokens.Count)].Span;
        var b = tokens[random.Next(tokens.Count)].Span;
        switch (random.Next(5))
        {
            case 0:
                description = $"delete {a}";
                return text.Remove(a.Start, a.Length);
            case 1:
                description = $"duplicate {a}";
                return text.Insert(a.End, " " + text.Substring(a.Start, a.Length));
            case 2:
                var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
                if (first.OverlapsWith(second) || first == second) goto case 0;
                description = $"swap {first} {second}";
                return text[..first.Start] + text.Substring(second.Start, second.Length) + text[first.End..second.Start]
                    + text.Substring(first.Start, first.Length) + text[second.End..];
            case 3:
                var cut = random.Next(text.Length + 1);
                description = $"truncate at {cut}";
                return text[..cut];
            default:
                var at = random.Next(text.Length + 1);
                var junk = new[] { "{", "}", "\"", "/*", "(", "=>", "when", "match", "#", "é", "1_", "2024-99-99" }[random.Next(12)];
                description = $"insert '{junk}' at {at}";
                return text.Insert(at, junk);
        }
    }
}
