using System.Collections.Immutable;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Encodes the rule facts of docs/ir.md (triggered, excused, overridden, done, within the deadline) and, from each
/// rule's decision table <see cref="IrRule.Statuses"/>, one literal per status that is true exactly when the
/// evaluator gives the rule that status; likewise per consequence status. Built on a <see cref="ConditionEncoder"/>
/// (whose API it only uses), so conditions are encoded as the analyses encode them.
/// </summary>
internal sealed class RuleStatusEncoder(ConditionEncoder encoder, IrProgram program)
{
    private readonly Dictionary<IrRule, Lit> _applies = new();
    private readonly Dictionary<IrRule, ImmutableDictionary<IrStatus, Lit>> _statuses = new();

    public ConditionEncoder Encoder => encoder;
    public IrProgram Program => program;

    private BooleanBuilder B => encoder.Booleans;

    /// <summary>Triggered and not excused (cached: overriding rules are read by every rule they override).</summary>
    public Lit Applies(IrRule rule)
    {
        if (!_applies.TryGetValue(rule, out var lit)) _applies[rule] = lit = encoder.Applies(rule);
        return lit;
    }

    public Lit Triggered(IrRule rule) => encoder.Triggered(rule);

    public Lit Excused(IrRule rule) => encoder.Excused(rule);

    /// <summary>Some rule that overrides it applies (the rule itself applying is part of <see cref="Overridden"/>).</summary>
    private Lit SomeOverriderApplies(IrRule rule) => B.Or(rule.OverriddenBy.Select(o => Applies(program.Rules[o])).ToList());

    public Lit Overridden(IrRule rule) => B.And(Applies(rule), SomeOverriderApplies(rule));

    public Lit InForce(IrRule rule) => B.And(Applies(rule), SomeOverriderApplies(rule).Not());

    /// <summary>The deadline as an IR expression: <c>After + Duration</c>, or <c>now + Duration</c>.</summary>
    public static IrExpression? DeadlineExpression(IrRule rule) => rule.Deadline is { } d
        ? new IrBinary(IrType.Date, d.Source, IrOperator.DateAddDuration, d.After ?? new IrNow(d.Source), d.Duration)
        : null;

    public Lit Done(IrRule rule)
    {
        if (rule.Done is null || rule.Measure?.Done is not { } measureDone) return Lit.False;
        var done = encoder.Condition(measureDone);
        if (rule.DoneInTime is not null && DeadlineExpression(rule) is { } due && rule.Measure.CompletedOn is { } on)
            done = B.And(done, encoder.Condition(new IrBinary(IrType.Bool, rule.DoneInTime.Source, IrOperator.LessOrEqual, on, due)));
        return B.And(InForce(rule), done);
    }

    public Lit WithinDeadline(IrRule rule) => DeadlineExpression(rule) is { } due
        ? B.And(InForce(rule), encoder.Condition(new IrBinary(IrType.Bool, rule.Deadline!.Source, IrOperator.LessOrEqual, new IrNow(rule.Deadline.Source), due)))
        : Lit.False;

    public Lit Fact(IrRule rule, IrRuleFact fact) => fact switch
    {
        IrRuleFact.Triggered => Triggered(rule),
        IrRuleFact.Excused => Excused(rule),
        IrRuleFact.Overridden => Overridden(rule),
        IrRuleFact.Done => Done(rule),
        _ => WithinDeadline(rule),
    };

    /// <summary>Per status the rule's table can give, the literal "the rule has this status" (exactly one holds).</summary>
    public ImmutableDictionary<IrStatus, Lit> Statuses(IrRule rule)
    {
        if (_statuses.TryGetValue(rule, out var cached)) return cached;
        var result = new Dictionary<IrStatus, List<Lit>>();
        var noEarlierRow = Lit.True;
        foreach (var row in rule.Statuses)
        {
            var matches = B.And(row.Holds.Select(f => Fact(rule, f)).Concat(row.Fails.Select(f => Fact(rule, f).Not())).ToList());
            var first = B.And(noEarlierRow, matches);
            if (!result.TryGetValue(row.Status, out var list)) result[row.Status] = list = new List<Lit>();
            list.Add(first);
            noEarlierRow = B.And(noEarlierRow, matches.Not());
        }
        return _statuses[rule] = result.ToImmutableDictionary(p => p.Key, p => B.Or(p.Value));
    }

    public Lit Status(IrRule rule, IrStatus status) => Statuses(rule).TryGetValue(status, out var lit) ? lit : Lit.False;

    /// <summary>Per consequence status, the literal "the consequence has this status".</summary>
    public ImmutableDictionary<IrConsequenceStatus, Lit> Statuses(IrConsequence consequence)
    {
        var triggered = B.Or(consequence.Rules.Select(r => Status(program.Rules[r], IrStatus.Breached)).ToList());
        var all = B.And(consequence.Whens.Select(w => w.Expression is { } e ? encoder.Condition(e) : encoder.Condition(new IrInvalid(IrType.Bool, w.Source, "a condition without an expression"))).ToList());
        return ImmutableDictionary<IrConsequenceStatus, Lit>.Empty
            .Add(IrConsequenceStatus.NotTriggered, triggered.Not())
            .Add(IrConsequenceStatus.Applies, B.And(triggered, all))
            .Add(IrConsequenceStatus.NotAvailable, B.And(triggered, all.Not()));
    }
}
