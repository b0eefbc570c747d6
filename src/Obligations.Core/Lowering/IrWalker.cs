namespace Obligations.Lowering;

/// <summary>Visits IR expressions without recursion (expressions may be as deep as the parser allows).</summary>
public static class IrWalker
{
    /// <summary>Every node under <paramref name="root"/>, parents before children, left to right.</summary>
    public static IEnumerable<IrExpression> Nodes(IrExpression? root)
    {
        if (root is null) yield break;
        var stack = new Stack<IrExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse()) stack.Push(child);
        }
    }

    public static IEnumerable<IrExpression> Children(IrExpression node) => node switch
    {
        IrFieldAccess f => [f.Target],
        IrUnary u => [u.Operand],
        IrBinary b => [b.Left, b.Right],
        IrLogical l => l.Operands,
        IrSetLiteral s => s.Elements,
        IrMatch m => (m.Subject is null ? [] : new[] { m.Subject })
            .Concat(m.Arms.SelectMany(a => (a.Guard is null ? [] : new[] { a.Guard }).Concat(a.Values).Append(a.Value))),
        _ => [],
    };

    /// <summary>Every expression of a program: values, measures, rule clauses and deadlines, consequence conditions.</summary>
    public static IEnumerable<IrExpression> AllExpressions(IrProgram program)
    {
        var roots = program.Values.Select(v => v.Body)
            .Concat(program.Measures.SelectMany(m => new[] { m.Done, m.CompletedOn }))
            .Concat(program.Rules.SelectMany(r => r.Whens.Concat(r.Unlesses).Select(c => c.Expression)
                .Concat([r.Deadline?.Duration, r.Deadline?.After])))
            .Concat(program.Consequences.SelectMany(c => c.Whens.Select(w => w.Expression)));
        return roots.SelectMany(Nodes);
    }
}
