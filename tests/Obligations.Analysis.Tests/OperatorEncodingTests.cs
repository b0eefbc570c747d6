using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Every row of the operator table (and negation, conversion, not, membership), in a one-rule rule set, goes
/// through the CP-SAT encoder: either it is encoded, and then every model found satisfies the condition when the
/// IR interpreter evaluates it and every "no model" answer survives random samples evaluated by the interpreter, or
/// the answer is "not decided" with a reason. An IR operator the encoder lacks fails here (as an internal error).
/// </summary>
public sealed class OperatorEncodingTests
{
    private const int Samples = 300;

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in OperatorTable.Binary)
            foreach (var (left, right) in Operands(row))
            {
                data.Add(row.ToString(), left, right, Condition(row, left, right, "b"));
                // Products and quotients are linear with a constant operand: encoded exactly (or "not decided" where the evaluator rounds).
                if (row.Syntax is Syntax.BinaryOperator.Multiply or Syntax.BinaryOperator.Divide)
                    data.Add(row + " by a constant", left, right, Condition(row, left, right, Constant(right)));
            }
        foreach (var type in new[] { "int", "decimal", "money EUR", "duration" })
            data.Add("negation of " + type, type, "bool", $"-a {Comparison(type)}");
        data.Add("int to decimal", "int", "decimal", "a + b > 2.5");
        // Where the evaluator rounds: a quotient that does not terminate is compared exactly but not computed with;
        // a duration scaled below a tick is not decided.
        data.Add("ratio of a duration to a day", "duration", "bool", "a / 1 days > 2");
        data.Add("ratio of durations, exactly equal", "duration", "bool", "a / 3 days = 0.5");
        data.Add("rounded quotient compared", "decimal", "bool", "a / 3 > 2.5");
        data.Add("rounded quotient multiplied back", "decimal", "bool", "(a / 3) * 3 = a");
        data.Add("duration halved", "duration", "bool", "a * 0.5 > 3 hours");
        data.Add("duration scaled below a tick", "duration", "bool", "a * 0.0000000001 > 0 minutes");
        data.Add("duration divided by seven", "duration", "bool", "a / 7 > 1 hours");
        data.Add("not", "bool", "bool", "not a");
        data.Add("in", "Color", "set of Color", "a in b");
        data.Add("not in", "Color", "set of Color", "a not in b");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encoded_exactly_or_not_decided_with_a_reason(string row, string left, string right, string condition)
    {
        var program = Lower(left, right, condition);
        var expression = program.Rules.Single().Whens.Single().Expression!;
        var solver = new ConditionSolver(program, AnalysisOptions.Default, default);
        var random = new Random(row.GetHashCode(StringComparison.Ordinal) ^ condition.Length);
        foreach (var wanted in new[] { true, false })
        {
            var outcome = solver.Solve(e => wanted ? e.Condition(expression) : e.Condition(expression).Not());
            var label = $"{row} ({left}, {right}): {condition} = {wanted}";
            if (!outcome.IsExact || outcome.Status == SolveStatus.Unknown)
            {
                var reasons = outcome.Reason ?? string.Join("; ", outcome.Approximations);
                Assert.False(string.IsNullOrWhiteSpace(reasons), $"{label}: not decided without a reason");
                continue;
            }
            if (outcome.Status == SolveStatus.Satisfiable)
            {
                Assert.True(outcome.Witness!.Holds(expression) == wanted,
                    $"{label}: the model {WitnessFormatter.ToJson(outcome.Witness.Facts, outcome.Witness.Now)} does not satisfy it");
                continue;
            }
            for (var i = 0; i < Samples; i++)
            {
                var facts = RandomFacts(program, random);
                var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(-1_000_000, 1_000_000));
                object value;
                try
                {
                    value = IrInterpreter.Evaluate(program, facts, now, expression);
                }
                catch (IrEvaluationException)
                {
                    continue;
                }
                Assert.True((bool)value != wanted, $"{label}: the solver found no model, but {WitnessFormatter.ToJson(facts, now)} is one");
            }
        }
    }

    [Fact]
    public void Every_ir_operator_of_the_table_is_exercised()
    {
        var used = Cases().SelectMany(c => IrWalker.Nodes(Lower((string)c[1], (string)c[2], (string)c[3]).Rules.Single().Whens.Single().Expression))
            .Select(n => n switch { IrBinary b => (IrOperator?)b.Operator, IrUnary u => u.Operator, _ => null })
            .OfType<IrOperator>().ToHashSet();
        Assert.Empty(OperatorTable.AllOperators.Where(o => !used.Contains(o)));
    }

    private static IrProgram Lower(string left, string right, string condition)
    {
        var text = $$"""
            enum Level ordered source "x" { low, mid, high }
            enum Color source "x" { red, green, blue }
            fact a: {{left}} source "x"
            fact b: {{right}} source "x"
            fact finished: bool source "x"
            party p "P" source "x"
            measure m "M" source "x" { done when finished }
            obligation r source "x" {
                holder p
                when {{condition}}
                must m
            }
            """;
        var compilation = Compilation.Parse([new SourceText("operator.obl", text)]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        return IrLowering.Lower(compilation.GetBoundProgram()).Program;
    }

    private static IEnumerable<(string Left, string Right)> Operands(OperatorEntry row)
    {
        IEnumerable<string> Types(OperandClass c, bool left) => c.Kind switch
        {
            OperandClassKind.Int => ["int"],
            OperandClassKind.Decimal => ["decimal"],
            // Decimal on the left and int on the right, so the int-to-decimal conversion is exercised too.
            OperandClassKind.Number => [left ? "decimal" : "int"],
            OperandClassKind.Money => ["money EUR"],
            OperandClassKind.Duration => ["duration"],
            OperandClassKind.Date => ["date"],
            OperandClassKind.OrderedEnum => ["Level"],
            _ => ["bool", "text", "Color", "set of Color"],
        };
        if (row.Left.Kind == OperandClassKind.Equatable)
            return Types(row.Left, true).Select(t => (t, t));
        return Types(row.Left, true).SelectMany(l => Types(row.Right, false).Select(r => (l, r)));
    }

    private static string Constant(string type) => type switch
    {
        "int" => "3",
        "decimal" => "2.5",
        "duration" => "2 hours",
        _ => "4 EUR",
    };

    private static string Condition(OperatorEntry row, string left, string right, string operand)
    {
        var op = row.Syntax switch
        {
            Syntax.BinaryOperator.Add => "+", Syntax.BinaryOperator.Subtract => "-", Syntax.BinaryOperator.Multiply => "*",
            Syntax.BinaryOperator.Divide => "/", Syntax.BinaryOperator.Less => "<", Syntax.BinaryOperator.LessOrEqual => "<=",
            Syntax.BinaryOperator.Greater => ">", Syntax.BinaryOperator.GreaterOrEqual => ">=", Syntax.BinaryOperator.Equal => "=",
            _ => "!=",
        };
        var result = ResultType(row.Operator, left, right);
        return result == "bool" ? $"a {op} {operand}" : $"(a {op} {operand}) {Comparison(result)}";
    }

    private static string ResultType(IrOperator op, string left, string right) => op switch
    {
        IrOperator.IntAdd or IrOperator.IntSubtract or IrOperator.IntMultiply => "int",
        IrOperator.DurationAdd or IrOperator.DurationSubtract or IrOperator.DurationMultiply or IrOperator.DurationDivide or IrOperator.DateDifference => "duration",
        IrOperator.DateAddDuration or IrOperator.DateSubtractDuration => "date",
        IrOperator.DurationRatio => "decimal",
        IrOperator.DecimalAdd or IrOperator.DecimalSubtract or IrOperator.DecimalMultiply or IrOperator.DecimalDivide =>
            left.StartsWith("money", StringComparison.Ordinal) && right.StartsWith("money", StringComparison.Ordinal) && op == IrOperator.DecimalDivide ? "decimal"
            : left.StartsWith("money", StringComparison.Ordinal) ? left : right.StartsWith("money", StringComparison.Ordinal) ? right : "decimal",
        _ => "bool",
    };

    private static string Comparison(string type) => type switch
    {
        "int" => "> 3",
        "decimal" => "> 2.5",
        "duration" => "> 3 hours",
        "date" => "> 2025-06-01T00:00:00Z",
        _ => "> 10.25 EUR",
    };

    private static IrFacts RandomFacts(IrProgram program, Random random)
    {
        var facts = new IrFacts(program);
        foreach (var fact in program.Facts) facts[fact] = RandomValue(fact.Type, random);
        return facts;
    }

    private static object RandomValue(IrType type, Random random) => type.Kind switch
    {
        IrTypeKind.Bool => random.Next(2) == 0,
        IrTypeKind.Int => (long)random.Next(-20, 20),
        IrTypeKind.Decimal or IrTypeKind.Money => random.Next(-2000, 2000) / 100m,
        IrTypeKind.Duration => TimeSpan.FromMinutes(random.Next(0, 20) * 30),
        IrTypeKind.Date => new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(-400, 400)),
        IrTypeKind.Text => new[] { "", "a", "b" }[random.Next(3)],
        IrTypeKind.Enum => type.Enum!.Members[random.Next(type.Enum.Members.Length)],
        IrTypeKind.Set => (ulong)random.Next(0, 1 << type.Element!.Enum!.Members.Length),
        _ => throw new InvalidOperationException($"no sample for {type}"),
    };
}
