using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Obligations.Text;

namespace Obligations.Syntax;

/// <summary>
/// Base of the immutable syntax tree. Every node knows its exact span; children are found by reflection
/// over the node's syntax-typed properties (cached per type), so node records stay one line each.
/// </summary>
public abstract record SyntaxNode
{
    private static readonly ConcurrentDictionary<Type, Func<SyntaxNode, IEnumerable<SyntaxNode>>> s_childAccessors = new();

    public required TextSpan Span { get; init; }

    public IEnumerable<SyntaxNode> ChildNodes() => s_childAccessors.GetOrAdd(GetType(), BuildAccessor)(this);

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes().Reverse()) stack.Push(child);
        }
    }

    /// <summary>The chain of nodes from this node down to the deepest one whose span touches <paramref name="position"/>.</summary>
    public ImmutableArray<SyntaxNode> FindPath(int position)
    {
        var path = ImmutableArray.CreateBuilder<SyntaxNode>();
        SyntaxNode? current = this;
        while (current is not null)
        {
            path.Add(current);
            current = current.ChildNodes()
                .Where(c => c.Span.ContainsOrTouches(position))
                .OrderBy(c => c.Span.Contains(position) ? 0 : 1)
                .FirstOrDefault();
        }
        return path.ToImmutable();
    }

    private static Func<SyntaxNode, IEnumerable<SyntaxNode>> BuildAccessor(Type type)
    {
        var getters = new List<Func<SyntaxNode, IEnumerable<SyntaxNode>>>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var t = property.PropertyType;
            if (typeof(SyntaxNode).IsAssignableFrom(t))
            {
                getters.Add(n => property.GetValue(n) is SyntaxNode c ? new[] { c } : Array.Empty<SyntaxNode>());
            }
            else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                     && typeof(SyntaxNode).IsAssignableFrom(t.GetGenericArguments()[0]))
            {
                getters.Add(n => ((System.Collections.IEnumerable)property.GetValue(n)!).Cast<SyntaxNode>());
            }
        }
        return node => getters.SelectMany(g => g(node)).OrderBy(c => c.Span.Start).ToList();
    }
}
