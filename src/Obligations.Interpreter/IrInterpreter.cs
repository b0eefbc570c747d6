using Obligations.Lowering;

namespace Obligations.Interpretation;

/// <summary>
/// Evaluates a rule set from its IR, following docs/ir.md exactly as the generated evaluator does: every named
/// value and measure in order, then each rule's <c>when</c>s (all of them), its <c>unless</c>es (until one holds),
/// overrides, deadline and act, its status from its decision table, then consequences. Errors are
/// <see cref="IrEvaluationException"/>s naming the place in the rules.
/// </summary>
public sealed partial class IrInterpreter
{
    private readonly IrProgram _program;
    private readonly IrFacts _facts;
    private readonly DateTimeOffset _now;
    private readonly object?[] _values;
    private readonly bool?[] _conditions;

    private IrInterpreter(IrProgram program, IrFacts facts, DateTimeOffset now)
    {
        _program = program;
        _facts = facts;
        _now = now;
        _values = new object?[program.Values.Length];
        _conditions = new bool?[program.Conditions.Length];
    }

    public static IrOutcome Evaluate(IrProgram program, IrFacts facts, DateTimeOffset now) => new IrInterpreter(program, facts, now).Run();

    /// <summary>The value of one expression given the facts (every named value it reads is computed first, and only those).</summary>
    public static object Evaluate(IrProgram program, IrFacts facts, DateTimeOffset now, IrExpression expression)
    {
        var interpreter = new IrInterpreter(program, facts, now);
        interpreter.ComputeValuesFor(expression);
        return interpreter.Value(expression);
    }

    private IrOutcome Run()
    {
        ComputeValues();
        var measures = _program.Measures.ToDictionary(m => m, m => IsBroken(m)
            ? (Done: (bool?)null, On: (DateTimeOffset?)null)
            : (Done: m.Done is null ? (bool?)null : Bool(m.Done), On: m.CompletedOn is null ? (DateTimeOffset?)null : (DateTimeOffset)Value(m.CompletedOn)));
        var rules = _program.Rules;
        var triggered = new bool[rules.Length];
        var excused = new bool[rules.Length];
        foreach (var rule in rules)
        {
            if (IsBroken(rule)) continue;
            var all = true;
            foreach (var when in rule.Whens) all &= Record(when, Bool(when.Expression!));
            triggered[rule.Index] = all;
            foreach (var unless in rule.Unlesses)
            {
                if (!all || excused[rule.Index]) break;
                excused[rule.Index] = Record(unless, Bool(unless.Expression!));
            }
        }
        var statuses = new IrStatus[rules.Length];
        var deadlines = new DateTimeOffset?[rules.Length];
        var overriddenBy = new int?[rules.Length];
        foreach (var rule in rules)
        {
            var i = rule.Index;
            overriddenBy[i] = rule.OverriddenBy.Where(o => triggered[o] && !excused[o]).Select(o => (int?)o).FirstOrDefault();
            var inForce = triggered[i] && !excused[i] && overriddenBy[i] is null;
            if (rule.Deadline is { } deadline && inForce)
            {
                var start = deadline.After is null ? _now : (DateTimeOffset)Value(deadline.After);
                deadlines[i] = (DateTimeOffset)Operators.Binary(IrOperator.DateAddDuration, start, Value(deadline.Duration), deadline.Source);
            }
            var done = false;
            if (rule.Done is { } doneCondition && measures[rule.Measure!].Done is { } measureDone && inForce)
            {
                done = Record(doneCondition, measureDone);
                if (rule.DoneInTime is { } inTime && done && deadlines[i] is { } due && measures[rule.Measure!].On is { } on)
                    done = Record(inTime, on <= due);
            }
            statuses[i] = StatusTable.Decide(rule.Statuses, fact => fact switch
            {
                IrRuleFact.Triggered => triggered[i],
                IrRuleFact.Excused => excused[i],
                IrRuleFact.Overridden => triggered[i] && !excused[i] && overriddenBy[i] is not null,
                IrRuleFact.Done => done,
                IrRuleFact.ContestedGround => triggered[i] && rule.SettledTrigger is { } settled && !Bool(settled),
                _ => inForce && deadlines[i] is { } d && _now <= d,
            });
        }
        var consequences = _program.Consequences.Select(c => Consequence(c, statuses)).ToArray();
        return new IrOutcome(statuses, deadlines, overriddenBy, consequences, _conditions);
    }

    private IrConsequenceStatus Consequence(IrConsequence consequence, IrStatus[] statuses)
    {
        if (IsBroken(consequence)) return IrConsequenceStatus.NotTriggered;
        if (!consequence.Rules.Any(r => statuses[r] == IrStatus.Breached) && !consequence.NotMetRules.Any(r => statuses[r] == IrStatus.NotMet))
            return IrConsequenceStatus.NotTriggered;
        var all = true;
        foreach (var when in consequence.Whens) all &= Record(when, Bool(when.Expression!));
        return all ? IrConsequenceStatus.Applies : IrConsequenceStatus.NotAvailable;
    }

    private void ComputeValues()
    {
        foreach (var value in _program.Values)
        {
            if (IsBroken(value)) continue;
            var v = Value(value.Body);
            _values[value.Index] = v;
            if (value.Condition is { } condition) Record(condition, (bool)v);
        }
    }

    private bool Record(IrCondition condition, bool value)
    {
        _conditions[condition.Id] = value;
        return value;
    }

    private bool Bool(IrExpression expression) => (bool)Value(expression);
}
