using Obligations.Lowering;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The facts a recorded condition reads, as paths in the rules (<c>operation.phase</c>), so that explanations
/// can quote their values. Looks through defines, but not through triggers and thresholds: those are
/// conditions of their own and quote their own facts.
/// </summary>
internal static class ConditionFacts
{
    public static IReadOnlyList<string> Of(IrCondition condition, IrProgram program)
    {
        var expression = condition.Kind == IrConditionKind.DoneInTime
            ? program.Rules.FirstOrDefault(r => r.DoneInTime?.Id == condition.Id)?.Measure?.CompletedOn
            : condition.Expression;
        var paths = new List<string>();
        var defines = new HashSet<IrValue>();
        var pending = new Stack<IrExpression>();
        if (expression is not null) pending.Push(expression);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case IrFieldAccess access when PathOf(access) is { } path:
                    paths.Add(path);
                    continue;
                case IrFactReference fact:
                    paths.Add(fact.Fact.Name);
                    continue;
                case IrValueReference { Value: { Kind: IrValueKind.Define } define }:
                    if (defines.Add(define)) pending.Push(define.Body);
                    continue;
            }
            foreach (var child in IrWalker.Children(node).Reverse()) pending.Push(child);
        }
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? PathOf(IrExpression expression) => expression switch
    {
        IrFactReference fact => fact.Fact.Name,
        IrFieldAccess access => PathOf(access.Target) is { } target ? target + "." + access.Field.Name : null,
        _ => null,
    };
}
