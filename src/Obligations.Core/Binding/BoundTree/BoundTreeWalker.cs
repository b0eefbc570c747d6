namespace Obligations.Binding;

/// <summary>Enumerates a bound expression and everything below it, parents first.</summary>
public static class BoundTreeWalker
{
    public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression root)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse()) stack.Push(child);
        }
    }

    public static IEnumerable<BoundExpression> Children(BoundExpression node) => node switch
    {
        BoundFieldAccess f => [f.Target],
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundSet s => s.Elements,
        BoundMatch m => (m.Subject is null ? Enumerable.Empty<BoundExpression>() : [m.Subject])
            .Concat(m.Arms.SelectMany(a => (a.Guard is null ? a.Values : a.Values.Add(a.Guard)).Add(a.Value))),
        _ => [],
    };
}
