namespace Obligations.Syntax;

/// <summary>
/// Visits a syntax tree in source order without recursion, so a deep tree cannot exhaust the stack.
/// Override <see cref="Enter"/> (return false to skip a node's children) and <see cref="Leave"/>.
/// </summary>
public abstract class SyntaxWalker
{
    public void Walk(SyntaxNode root)
    {
        // Each frame is a node and whether its children have been pushed; Leave runs when it is popped again.
        var stack = new Stack<(SyntaxNode Node, bool Entered)>();
        var buffer = new List<SyntaxNode>(8);
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, entered) = stack.Pop();
            if (entered)
            {
                Leave(node);
                continue;
            }
            if (!Enter(node)) continue;
            stack.Push((node, true));
            buffer.Clear();
            node.AppendChildren(buffer);
            for (var i = buffer.Count - 1; i >= 0; i--) stack.Push((buffer[i], false));
        }
    }

    /// <summary>Called before a node's children; false skips them (and the matching <see cref="Leave"/>).</summary>
    protected virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after a node's children.</summary>
    protected virtual void Leave(SyntaxNode node) { }
}
