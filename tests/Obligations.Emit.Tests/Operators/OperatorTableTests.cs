using CsCheck;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;

namespace Obligations.Emit.Tests.Operators;

/// <summary>
/// Every row of the one operator table (and negation, conversion, not and membership) is generated as a tiny rule
/// set; on random values of its facts the generated evaluator must agree with the IR interpreter: both fail, or
/// both record the same truth for every trigger (a non-bool result is compared with the interpreter's exact
/// value). A failure prints the shrunk facts. A table row the emitter cannot compile fails here too.
/// </summary>
public sealed class OperatorTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<int> Cases() => new(Enumerable.Range(0, OperatorCase.All.Count));

    [Fact]
    public void EveryRowAndOperatorOfTheTableIsExercised()
    {
        var empty = OperatorCase.All.Where(c => c.Terms.Length == 0).Select(c => c.Name).ToList();
        Assert.True(empty.Count == 0, "rows no operand types select: " + string.Join(", ", empty));
        var used = OperatorCase.All.SelectMany(c => IrWalker.AllExpressions(Lower(c)))
            .SelectMany(e => e switch { IrUnary u => [u.Operator], IrBinary b => new[] { b.Operator }, _ => [] }).ToHashSet();
        var missing = OperatorTable.AllOperators.Where(o => !used.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "operators no case uses: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedEvaluatorAgreesWithTheInterpreter(int index)
    {
        var @case = OperatorCase.All[index];
        var program = Lower(@case);
        var host = TestRules.Load(TestRules.Parse(("ops.obl", @case.Text())));
        var operands = @case.Terms.SelectMany(t => t.Operands).ToList();
        var gen = operands.Aggregate(Gen.Const(System.Collections.Immutable.ImmutableList<object>.Empty),
            (all, type) => Gen.Select(all, type.Values, (list, value) => list.Add(value)));
        gen.Sample(values => Check(@case, program, host, [.. values]), iter: 300, threads: 1,
            print: values => $"{@case.Name}:\n{@case.Text()}facts: {string.Join(", ", values.Select(Show))}");
    }

    private static IrProgram Lower(OperatorCase @case)
    {
        var compilation = TestRules.Parse(("ops.obl", @case.Text()));
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, @case.Text() + string.Join("\n", errors));
        return IrLowering.Lower(compilation.GetBoundProgram()).Program;
    }

    private static void Check(OperatorCase @case, IrProgram program, EvaluatorHost host, object[] values)
    {
        var facts = new IrFacts(program);
        var input = Activator.CreateInstance(host.Evaluator.FactsType)!;
        var n = 0;
        for (var k = 0; k < @case.Terms.Length; k++)
        for (var i = 0; i < @case.Terms[k].Operands.Length; i++)
            Set(facts, input, $"a{k}_{i}", values[n++]);
        // Each term's exact value by the interpreter; the evaluator must find it equal.
        foreach (var (term, k) in @case.Terms.Select((t, k) => (t, k)).Where(p => p.t.Result is not null))
            Set(facts, input, $"e{k}", Placeholder(program.FindFact($"e{k}")!.Type));
        object? expected = null;
        try
        {
            foreach (var k in Enumerable.Range(0, @case.Terms.Length).Where(k => @case.Terms[k].Result is not null))
            {
                var trigger = program.Values.Single(v => v.Name == $"t{k}");
                var value = IrInterpreter.Evaluate(program, facts, Now, ((IrBinary)trigger.Body).Left);
                Set(facts, input, $"e{k}", value);
            }
            expected = IrInterpreter.Evaluate(program, facts, Now);
        }
        catch (IrEvaluationException) { }
        EvaluationResult? actual = null;
        Exception? failure = null;
        try { actual = host.Evaluate(input, Now); }
        catch (Exception e) when (e is EvaluationException or OverflowException or ArgumentOutOfRangeException) { failure = e; }
        if (expected is not IrOutcome outcome)
        {
            Assert.True(actual is null, "the interpreter fails, the evaluator does not");
            return;
        }
        Assert.True(actual is not null, $"the evaluator fails ({failure?.Message}), the interpreter does not");
        foreach (var k in Enumerable.Range(0, @case.Terms.Length))
        {
            var id = program.Values.Single(v => v.Name == $"t{k}").Condition!.Id;
            var interpreted = outcome.Conditions[id] == true ? ConditionValue.True : ConditionValue.False;
            Assert.True(interpreted == actual.Conditions[id], $"t{k}: interpreter {interpreted}, evaluator {actual.Conditions[id]}");
            if (@case.Terms[k].Result is not null) Assert.True(interpreted == ConditionValue.True, $"t{k}: the interpreter's value is not equal to itself");
        }
    }

    /// <summary>Sets a fact for the interpreter (IR values) and on the evaluator's typed facts object.</summary>
    private static void Set(IrFacts facts, object input, string name, object value)
    {
        var fact = facts.Program.FindFact(name)!;
        var property = input.GetType().GetProperty(name)!;
        switch (fact.Type.Kind)
        {
            case IrTypeKind.Enum:
                var ordinal = value is IrEnumMember m ? m.Ordinal : (int)value;
                facts[fact] = fact.Type.Enum!.Members[ordinal];
                property.SetValue(input, Enum.ToObject(property.PropertyType, ordinal));
                break;
            case IrTypeKind.Set:
                facts[fact] = value;
                property.SetValue(input, Enum.ToObject(property.PropertyType, (ulong)value));
                break;
            default:
                facts[fact] = value;
                property.SetValue(input, value);
                break;
        }
    }

    private static object Placeholder(IrType type) => type.Kind switch
    {
        IrTypeKind.Int => 0L,
        IrTypeKind.Decimal or IrTypeKind.Money => 0m,
        IrTypeKind.Duration => TimeSpan.Zero,
        _ => DateTimeOffset.UnixEpoch,
    };

    private static string Show(object value) => value switch
    {
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m",
        long l => l + "L",
        TimeSpan t => $"{t.Ticks} ticks",
        DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string s => $"\"{s}\"",
        ulong bits => $"set 0b{Convert.ToString((long)bits, 2)}",
        _ => value.ToString() ?? "null",
    };
}
