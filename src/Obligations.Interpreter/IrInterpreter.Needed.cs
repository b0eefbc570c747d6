using Obligations.Lowering;

namespace Obligations.Interpretation;

// Evaluating one expression computes only the named values it reads (directly or through other values), in the
// program's order: a value elsewhere that cannot be evaluated in this situation (a gap in a match, a division by
// zero) does not stop an expression that never reads it.
public sealed partial class IrInterpreter
{
    private void ComputeValuesFor(IrExpression expression)
    {
        var needed = new SortedDictionary<int, IrValue>();
        var pending = new Stack<IrExpression>();
        pending.Push(expression);
        while (pending.Count > 0)
            foreach (var node in IrWalker.Nodes(pending.Pop()))
                if (node is IrValueReference { Value: var value } && needed.TryAdd(value.Index, value))
                    pending.Push(value.Body);
        foreach (var value in needed.Values)
        {
            var v = Value(value.Body);
            _values[value.Index] = v;
            if (value.Condition is { } condition) Record(condition, (bool)v);
        }
    }
}
