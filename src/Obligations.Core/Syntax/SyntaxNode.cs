using System.Collections.Immutable;
using Obligations.Text;

namespace Obligations.Syntax;

/// <summary>
/// Base of the immutable syntax tree. Nodes are classes with reference identity: two identical declarations
/// in two files are two different nodes, so nodes can key dictionaries without a special comparer. Every
/// node knows its exact span and lists its children through written-out slots, in source order.
/// </summary>
public abstract class SyntaxNode
{
    public required TextSpan Span { get; init; }

    /// <summary>Appends the direct children, in source order. Each node writes out its own slots.</summary>
    internal abstract void AppendChildren(List<SyntaxNode> children);

    public IReadOnlyList<SyntaxNode> ChildNodes()
    {
        var children = new List<SyntaxNode>(4);
        AppendChildren(children);
        return children;
    }

    /// <summary>This node and everything below it, in source order (pre-order), without recursion.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        var buffer = new List<SyntaxNode>(8);
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            buffer.Clear();
            node.AppendChildren(buffer);
            for (var i = buffer.Count - 1; i >= 0; i--) stack.Push(buffer[i]);
        }
    }

    /// <summary>The chain of nodes from this node down to the deepest one whose span touches <paramref name="position"/>.</summary>
    public ImmutableArray<SyntaxNode> FindPath(int position)
    {
        var path = ImmutableArray.CreateBuilder<SyntaxNode>();
        var buffer = new List<SyntaxNode>(8);
        SyntaxNode? current = this;
        while (current is not null)
        {
            path.Add(current);
            buffer.Clear();
            current.AppendChildren(buffer);
            SyntaxNode? touching = null;
            current = null;
            foreach (var child in buffer)
            {
                if (child.Span.Contains(position)) { current = child; break; }
                if (touching is null && child.Span.ContainsOrTouches(position)) touching = child;
            }
            current ??= touching;
        }
        return path.ToImmutable();
    }

    public override string ToString() => $"{GetType().Name} {Span}";

    private protected static void Add(List<SyntaxNode> children, SyntaxNode? node)
    {
        if (node is not null) children.Add(node);
    }

    private protected static void Add<T>(List<SyntaxNode> children, ImmutableArray<T> nodes) where T : SyntaxNode
    {
        foreach (var node in nodes) children.Add(node);
    }
}
