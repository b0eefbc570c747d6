using Obligations.Binding;
using Obligations.Emit.Lowering;
using Obligations.Runtime.Metadata;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The facts a recorded condition reads, as paths in the rules (<c>operation.phase</c>), so that explanations
/// can quote their values. Looks through defines, but not through triggers and thresholds: those are
/// conditions of their own and quote their own facts.
/// </summary>
internal static class ConditionFacts
{
    public static IReadOnlyList<string> Of(ConditionModel condition)
    {
        var expression = condition.Kind == ConditionKind.DoneInTime && condition.Owner is RuleSymbol rule
            ? rule.Measure?.CompletedOn
            : condition.Expression;
        var paths = new List<string>();
        Collect(expression, paths, []);
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(BoundExpression? expression, List<string> paths, HashSet<DefineSymbol> defines)
    {
        switch (expression)
        {
            case null:
                return;
            case BoundFieldAccess access when PathOf(access) is { } path:
                paths.Add(path);
                return;
            case BoundSymbolReference { Symbol: FactSymbol fact }:
                paths.Add(fact.Name);
                return;
            case BoundSymbolReference { Symbol: DefineSymbol define }:
                if (defines.Add(define)) Collect(define.Value, paths, defines);
                return;
        }
        foreach (var child in Children(expression)) Collect(child, paths, defines);
    }

    private static string? PathOf(BoundExpression expression) => expression switch
    {
        BoundSymbolReference { Symbol: FactSymbol fact } => fact.Name,
        BoundFieldAccess access => PathOf(access.Target) is { } target ? target + "." + access.Field.Name : null,
        _ => null,
    };

    private static IEnumerable<BoundExpression?> Children(BoundExpression expression) => expression switch
    {
        BoundFieldAccess f => [f.Target],
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundSet s => s.Elements,
        BoundMatch m => new[] { m.Subject }.Concat(m.Arms.SelectMany(a => new[] { a.Guard }.Concat(a.Values).Append(a.Value))),
        _ => [],
    };
}
