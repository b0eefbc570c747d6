using Obligations.Diagnostics;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Core.Tests.Syntax;

/// <summary>
/// Deep input never exhausts the stack: past the documented limit there is one OBL0094 at the place where the
/// limit is crossed, the tree the binder sees is no deeper than the limit, and just below it nothing is reported.
/// Everything runs on a thread with a 1 MB stack, smaller than any the tools run on.
/// </summary>
public sealed class NestingLimitTests
{
    private const string Header = "fact a: bool\nrecord R { x: R2 }\nrecord R2 { y: bool }\nfact r: R\n";

    public static TheoryData<string, string, int> TooDeep() => new()
    {
        // name, expression, offset (inside the expression) of the token that crosses the limit
        { "3,200 parentheses", new string('(', 3200) + "a" + new string(')', 3200), 1000 },
        { "unclosed parentheses", new string('(', 3200) + "a", 1000 },
        { "and chain of 10,000", string.Join(" and ", Enumerable.Repeat("a", 10000)), 999 * 6 + 2 },
        { "member chain of 10,000", "r" + string.Concat(Enumerable.Repeat(".x", 10000)), 1 + 999 * 2 },
        { "10,000 nots", string.Concat(Enumerable.Repeat("not ", 10000)) + "a", 1000 * 4 },
        { "3,200 nested sets", new string('{', 3200) + "a" + new string('}', 3200), 1000 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Past_the_limit_one_diagnostic_at_the_crossing(string name, string expression, int offset)
    {
        var text = Header + "define d: bool = " + expression + "\n";
        var prefix = text.Length - expression.Length - 1;
        RunOnSmallStack(() =>
        {
            var tree = SyntaxTree.ParseText(text);
            var nesting = tree.Diagnostics.Where(d => d.Descriptor == DiagnosticDescriptors.NestingTooDeep).ToList();
            var only = Assert.Single(nesting);
            Assert.True(only.Location.Span.Start == prefix + offset, $"{name}: reported at {only.Location.Span.Start - prefix}, expected {offset}");
            Assert.True(MaxDepth(tree.Root) <= NestingLimitDepth + 8, $"{name}: the tree is {MaxDepth(tree.Root)} deep");
            _ = Compilation.Create([tree]).GetDiagnostics();
        });
    }

    [Theory]
    [InlineData("parentheses")]
    [InlineData("and")]
    [InlineData("member")]
    public void Just_below_the_limit_nothing_is_reported(string kind)
    {
        var expression = kind switch
        {
            "parentheses" => new string('(', 990) + "a" + new string(')', 990),
            "and" => string.Join(" and ", Enumerable.Repeat("a", 990)),
            _ => "r" + string.Concat(Enumerable.Repeat(".x", 990)),
        };
        RunOnSmallStack(() =>
        {
            var tree = SyntaxTree.ParseText(Header + "define d: bool = " + expression + "\n");
            Assert.Empty(tree.Diagnostics);
            var errors = Compilation.Create([tree]).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            // Past the second link the member chain names fields that do not exist; the binder says so and survives.
            if (kind == "member") Assert.NotEmpty(errors);
            else Assert.Empty(errors);
        });
    }

    [Fact]
    public void Minus_after_an_operand_is_subtraction_not_nesting()
    {
        var chain = "define d: int = " + string.Join(" - ", Enumerable.Repeat("1", 900)) + "\n";
        RunOnSmallStack(() => Assert.Empty(SyntaxTree.ParseText(chain).Diagnostics));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_are_names_and_other_symbols_are_not()
    {
        var tree = SyntaxTree.ParseText("fact 𝔘nter_𝟙: bool\ndefine d: bool = 𝔘nter_𝟙\nfact x😀: bool\n");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(DiagnosticDescriptors.InvalidCharacter, error.Descriptor);
        Assert.Equal(new Obligations.Text.TextSpan(tree.Text.Text.IndexOf("😀", StringComparison.Ordinal), 2), error.Location.Span);
        var fact = Assert.IsType<FactDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.Equal("𝔘nter_𝟙", fact.Name.Text);
        Assert.DoesNotContain(Compilation.Create([SyntaxTree.ParseText("fact 𝔘nter: bool\ndefine d: bool = 𝔘nter\n")]).GetDiagnostics(),
            d => d.Severity == DiagnosticSeverity.Error);
    }

    private static int NestingLimitDepth => Obligations.Parsing.NestingGuard.MaxDepth;

    /// <summary>Depth of the tree, measured without recursion.</summary>
    private static int MaxDepth(SyntaxNode root)
    {
        var max = 0;
        var stack = new Stack<(SyntaxNode, int)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes()) stack.Push((child, depth + 1));
        }
        return max;
    }

    private static void RunOnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
