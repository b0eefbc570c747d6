using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Testing.Reference;

/// <summary>
/// The statuses of docs/evaluator.md ("Statuses", "Consequences"), in that order: not_applicable, excused,
/// overridden, then by kind; the deadline only for rules that apply and are neither excused nor overridden.
/// Everything the documented evaluation order computes eagerly (every define, trigger, threshold and criterion,
/// every measure's <c>done when</c> and <c>on</c>) is evaluated first, so both sides meet the same errors.
/// </summary>
internal sealed class RuleSemantics(BoundProgram program, BoundInterpreter interpreter, DateTimeOffset now)
{
    private readonly Dictionary<RuleSymbol, bool> _active = [];

    public RuleSetOutcome Evaluate()
    {
        EvaluateEagerly();
        var rules = program.Rules.ToList();
        var statuses = new Dictionary<RuleSymbol, string>();
        var verdicts = rules.Select(r =>
        {
            var status = statuses[r] = Status(r, rules, out var deadline);
            return RuleVerdict.Exactly(r.Name, status, deadline);
        }).ToList();
        var consequences = program.Consequences.Select(c =>
        {
            var triggered = (c.FollowsAnyBreach ? rules : c.Rules.AsEnumerable()).Any(r => statuses[r] == "breached");
            var status = !triggered ? "not_triggered"
                : c.Conditions.Select(k => interpreter.Condition(k.Expression)).ToList().All(held => held) ? "applies" : "not_available";
            return ConsequenceVerdict.Exactly(c.Name, status);
        }).ToList();
        return new RuleSetOutcome(verdicts, consequences);
    }

    private void EvaluateEagerly()
    {
        foreach (var define in program.Defines) if (define.Value is { } value) interpreter.Evaluate(value);
        foreach (var trigger in program.Triggers) if (trigger.Condition is { } condition) interpreter.Evaluate(condition);
        foreach (var criterion in program.Thresholds.SelectMany(t => t.Criteria)) if (criterion.Condition is { } condition) interpreter.Evaluate(condition);
        foreach (var measure in program.Measures)
        {
            if (measure.Done is { } done) interpreter.Evaluate(done);
            if (measure.CompletedOn is { } on) interpreter.Evaluate(on);
        }
    }

    /// <summary>Applies and is not excused.</summary>
    private bool Active(RuleSymbol rule)
    {
        if (_active.TryGetValue(rule, out var active)) return active;
        return _active[rule] = rule.Conditions.Select(c => interpreter.Condition(c.Expression)).ToList().All(held => held)
            && !rule.Exceptions.Any(e => interpreter.Condition(e.Expression));
    }

    private string Status(RuleSymbol rule, List<RuleSymbol> rules, out DateTimeOffset? deadline)
    {
        deadline = null;
        // Every 'when' is evaluated (no short-circuit), as the evaluator does, so both meet the same errors.
        if (!rule.Conditions.Select(c => interpreter.Condition(c.Expression)).ToList().All(held => held)) return "not_applicable";
        if (!Active(rule)) return "excused";
        if (rules.Any(other => other.Overrides.Any(o => ReferenceEquals(o.Target, rule)) && Active(other))) return "overridden";
        if (rule.Deadline is { } within)
            deadline = (rule.DeadlineAfter is { } after ? (DateTimeOffset)interpreter.Evaluate(after) : now) + (TimeSpan)interpreter.Evaluate(within);
        if (rule.RuleKind == RuleKind.Permission) return "permitted";
        var done = rule.Measure?.Done is { } test && interpreter.Condition(test);
        if (rule.RuleKind == RuleKind.Prohibition) return done ? "breached" : "complied";
        // Done late is not done: pending while the deadline is open (evaluator.md; docs/language.md reads "breached").
        if (done && (rule.Measure!.CompletedOn is not { } on || deadline is null || (DateTimeOffset)interpreter.Evaluate(on) <= deadline)) return "complied";
        return deadline is { } d && now <= d ? "pending" : "breached";
    }
}
