using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Testing.Reference;

/// <summary>
/// The statuses of docs/evaluator.md ("Statuses", "Consequences"), in that order: not_applicable, excused,
/// overridden, then by kind; the deadline only for rules that apply and are neither excused nor overridden.
/// </summary>
internal sealed class RuleSemantics(BoundProgram program, BoundInterpreter interpreter, DateTimeOffset now)
{
    private readonly Dictionary<RuleSymbol, bool> _active = [];

    public RuleSetOutcome Evaluate()
    {
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
            var status = !triggered ? "not_triggered" : c.Conditions.All(k => interpreter.Condition(k.Expression)) ? "applies" : "not_available";
            return ConsequenceVerdict.Exactly(c.Name, status);
        }).ToList();
        return new RuleSetOutcome(verdicts, consequences);
    }

    /// <summary>Applies and is not excused.</summary>
    private bool Active(RuleSymbol rule)
    {
        if (_active.TryGetValue(rule, out var active)) return active;
        return _active[rule] = interpreter.Applies(rule);
    }

    private string Status(RuleSymbol rule, List<RuleSymbol> rules, out DateTimeOffset? deadline)
    {
        deadline = null;
        if (!interpreter.Triggered(rule)) return "not_applicable";
        if (!Active(rule)) return "excused";
        if (rules.Any(other => other.Overrides.Any(o => ReferenceEquals(o.Target, rule)) && Active(other))) return "overridden";
        if (rule.Deadline is { } within)
            deadline = (rule.DeadlineAfter is { } after ? (DateTimeOffset)interpreter.Evaluate(after) : now) + (TimeSpan)interpreter.Evaluate(within);
        if (rule.RuleKind == RuleKind.Permission) return "permitted";
        var done = rule.Measure?.Done is { } test && interpreter.Condition(test);
        if (rule.RuleKind == RuleKind.Prohibition) return done ? "breached" : "complied";
        if (done)
        {
            if (rule.Measure!.CompletedOn is not { } on || deadline is null) return "complied";
            return (DateTimeOffset)interpreter.Evaluate(on) <= deadline ? "complied" : "breached";
        }
        return deadline is { } d && now <= d ? "pending" : "breached";
    }
}
