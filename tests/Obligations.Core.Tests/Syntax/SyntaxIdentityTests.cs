using Obligations.Syntax;

namespace Obligations.Core.Tests.Syntax;

/// <summary>Nodes have reference identity; children are listed by written-out slots; the walker sees every node once.</summary>
public sealed class SyntaxIdentityTests
{
    private const string Text = "party controller\nfact breach_known: bool\nobligation notify {\n  holder controller\n  when breach_known\n}\n";

    [Fact]
    public void Identical_nodes_from_two_files_are_different_keys()
    {
        var first = SyntaxTree.ParseText(Text, "a.obl").Root.Declarations;
        var second = SyntaxTree.ParseText(Text, "b.obl").Root.Declarations;
        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i].Span, second[i].Span);
            Assert.False(first[i].Equals(second[i]), $"declaration {i} of two files compares equal");
        }
        var set = new HashSet<SyntaxNode>(first.Concat<SyntaxNode>(second));
        Assert.Equal(first.Length * 2, set.Count);
    }

    [Fact]
    public void Reparsing_gives_new_nodes_with_the_same_shape()
    {
        var a = SyntaxTree.ParseText(Text).Root;
        var b = SyntaxTree.ParseText(Text).Root;
        var left = a.DescendantNodesAndSelf().ToList();
        var right = b.DescendantNodesAndSelf().ToList();
        Assert.Equal(left.Select(n => (n.GetType(), n.Span)), right.Select(n => (n.GetType(), n.Span)));
        Assert.DoesNotContain(left, n => right.Contains(n));
    }

    [Fact]
    public void Children_are_the_written_out_slots_in_source_order()
    {
        var rule = Assert.IsType<RuleDeclarationSyntax>(SyntaxTree.ParseText(Text).Root.Declarations[2]);
        var children = rule.ChildNodes();
        Assert.Same(rule.Name, children[0]);
        Assert.Equal(rule.Clauses.Cast<SyntaxNode>(), children.Skip(1));
        var when = Assert.IsType<WhenClauseSyntax>(rule.Clauses[1]);
        Assert.Same(when.Condition, Assert.Single(when.ChildNodes()));
    }

    [Fact]
    public void Walker_enters_and_leaves_every_node_once_in_source_order()
    {
        var root = SyntaxTree.ParseText(Text).Root;
        var walker = new RecordingWalker();
        walker.Walk(root);
        Assert.Equal(root.DescendantNodesAndSelf(), walker.Entered);
        Assert.Equal(walker.Entered.Count, walker.Left.Count);
        Assert.Same(root, walker.Left[^1]);
    }

    [Fact]
    public void Walker_skips_children_when_asked()
    {
        var root = SyntaxTree.ParseText(Text).Root;
        var walker = new RecordingWalker { Skip = n => n is DeclarationSyntax };
        walker.Walk(root);
        Assert.Equal(new SyntaxNode[] { root }.Concat(root.Declarations), walker.Entered);
    }

    [Fact]
    public void Tokens_of_a_node_are_the_tokens_inside_its_span()
    {
        var tree = SyntaxTree.ParseText(Text);
        var rule = tree.Root.Declarations[2];
        var tokens = tree.GetTokens(rule).Select(t => t.Text).ToList();
        Assert.Equal(new[] { "obligation", "notify", "{", "holder", "controller", "when", "breach_known", "}" }, tokens);
    }

    [Fact]
    public void No_parser_generator_type_is_public()
    {
        var exported = typeof(SyntaxTree).Assembly.GetExportedTypes();
        Assert.DoesNotContain(exported, t => t.Namespace == "Obligations.Parsing.Generated");
        Assert.DoesNotContain(exported, t => t.BaseType?.Assembly == typeof(Antlr4.Runtime.Parser).Assembly);
    }

    private sealed class RecordingWalker : SyntaxWalker
    {
        public List<SyntaxNode> Entered { get; } = new();
        public List<SyntaxNode> Left { get; } = new();
        public Func<SyntaxNode, bool> Skip { get; init; } = _ => false;

        protected override bool Enter(SyntaxNode node)
        {
            Entered.Add(node);
            return !Skip(node);
        }

        protected override void Leave(SyntaxNode node) => Left.Add(node);
    }
}
