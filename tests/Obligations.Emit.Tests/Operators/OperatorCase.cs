using Obligations.Binding;
using Obligations.Lowering;
using B = Obligations.Syntax.BinaryOperator;

namespace Obligations.Emit.Tests.Operators;

/// <summary>One use of an operator on facts: the operand types, the expression over them, and its result type (null: bool).</summary>
internal sealed record OperatorTerm(OperandType[] Operands, Func<string[], string> Expression, string? Result);

/// <summary>
/// A tiny rule set exercising one operator-table row (every operand type combination the row is the first match
/// for) or one unary/membership operator: per term k, facts <c>a{k}_{i}</c>, and a trigger <c>t{k}</c> that holds
/// when the term is true (bool) or equals the fact <c>e{k}</c> (other results; the test sets it to the
/// interpreter's value, so the evaluator must agree exactly).
/// </summary>
internal sealed record OperatorCase(string Name, OperatorTerm[] Terms)
{
    public override string ToString() => Name;

    public string Text()
    {
        var text = new System.Text.StringBuilder(OperandType.Prelude);
        for (var k = 0; k < Terms.Length; k++)
        {
            var term = Terms[k];
            for (var i = 0; i < term.Operands.Length; i++) text.Append($"fact a{k}_{i}: {term.Operands[i].Obl}\n");
            var expression = term.Expression([.. Enumerable.Range(0, term.Operands.Length).Select(i => $"a{k}_{i}")]);
            if (term.Result is null) text.Append($"trigger t{k} when {expression}\n");
            else text.Append($"fact e{k}: {term.Result}\ntrigger t{k} when ({expression}) = e{k}\n");
        }
        return text.ToString();
    }

    private static readonly Dictionary<B, string> Written = new()
    {
        [B.Add] = "+", [B.Subtract] = "-", [B.Multiply] = "*", [B.Divide] = "/", [B.Less] = "<", [B.LessOrEqual] = "<=",
        [B.Greater] = ">", [B.GreaterOrEqual] = ">=", [B.Equal] = "=", [B.NotEqual] = "!=",
    };

    /// <summary>A case per row of <see cref="OperatorTable.Binary"/>, then negation, not and membership.</summary>
    public static IReadOnlyList<OperatorCase> All { get; } = Build();

    private static List<OperatorCase> Build()
    {
        // The bound type of each candidate operand type, to ask the table which row a pair of them selects.
        var probe = Semantics.Compilation.Parse([new Text.SourceText("probe.obl",
            OperandType.Prelude + string.Concat(OperandType.All.Select((t, i) => $"fact p{i}: {t.Obl}\n")))]);
        var bound = probe.GetBoundProgram().Facts.ToDictionary(f => f.Name, f => f.Type);
        var types = OperandType.All.Select((t, i) => (Type: t, Bound: bound[$"p{i}"])).ToList();
        var cases = new List<OperatorCase>();
        foreach (var (row, index) in OperatorTable.Binary.Select((r, i) => (r, i)))
        {
            var terms = from l in types
                        from r in types
                        where ReferenceEquals(OperatorTable.Find(row.Syntax, l.Bound, r.Bound), row)
                        let result = row.Result(l.Bound, r.Bound)
                        select new OperatorTerm([l.Type, r.Type], n => $"{n[0]} {Written[row.Syntax]} {n[1]}", result == OblType.Bool ? null : ObText(result));
            cases.Add(new OperatorCase($"row {index}: {row}", [.. terms]));
        }
        foreach (var t in new[] { OperandType.Int, OperandType.Decimal, OperandType.Money, OperandType.Duration })
            cases.Add(new OperatorCase($"-{t.Obl}", [new OperatorTerm([t], n => $"-{n[0]}", t.Obl)]));
        cases.Add(new OperatorCase("not", [new OperatorTerm([OperandType.Bool], n => $"not {n[0]}", null)]));
        cases.Add(new OperatorCase("in / not in", [
            new OperatorTerm([OperandType.Color, OperandType.ColorSet], n => $"{n[0]} in {n[1]}", null),
            new OperatorTerm([OperandType.Color, OperandType.ColorSet], n => $"{n[0]} not in {n[1]}", null),
            new OperatorTerm([OperandType.Color], n => $"{n[0]} in {{red, blue}}", null),
            new OperatorTerm([OperandType.Color, OperandType.Color], n => $"{n[0]} not in {{green, {n[1]}}}", null),
        ]));
        return cases;
    }

    private static string ObText(OblType type) => type switch
    {
        MoneyType m => $"money {m.Currency}",
        _ when type == OblType.Int => "int",
        _ when type == OblType.Decimal => "decimal",
        _ when type == OblType.Duration => "duration",
        _ when type == OblType.Date => "date",
        _ => throw new InvalidOperationException($"no operand type for {type}"),
    };
}
