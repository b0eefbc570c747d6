using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// The fact paths an expression depends on, through named values (each value's once, on an explicit stack). Two
/// conditions that share no fact cannot exclude each other, which spares the solver most pairs.
/// </summary>
internal sealed class FactPaths
{
    public HashSet<string> Of(IrExpression expression)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<IrValue>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IrExpression>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            foreach (var node in IrWalker.Nodes(pending.Pop()))
            {
                switch (node)
                {
                    case IrNow: paths.Add(FactVariables.NowPath); break;
                    case IrFactReference fact: paths.Add(fact.Fact.Name); break;
                    case IrValueReference reference when seen.Add(reference.Value): pending.Push(reference.Value.Body); break;
                }
            }
        }
        return paths;
    }
}
