using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Lowering;

// Measures, rules (with their decision tables) and consequences.
public sealed partial class IrLowering
{
    private void LowerMeasures()
    {
        var measures = _bound.Measures.Select(m => Map(m, new IrMeasure(m.Name, m.Description, SourceOf(m), m.DocComment))).ToList();
        foreach (var m in _bound.Measures)
        {
            var ir = (IrMeasure)_map[m];
            ir.Done = m.Done is null ? null : Condition(m.Done, m);
            ir.CompletedOn = m.CompletedOn is null ? null : Expression(m.CompletedOn, m);
            ir.IncompatibleWith = [.. m.IncompatibleWith.Select(o => (IrMeasure)_map[o])];
        }
        _ir.Measures = [.. measures];
    }

    private void LowerRules()
    {
        var symbols = _bound.Rules.ToList();
        var rules = symbols.Select((r, i) => Map(r, new IrRule(i, r.Name, KindOf(r.RuleKind), SourceOf(r), r.DocComment))).ToList();
        for (var i = 0; i < symbols.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            LowerRule(symbols[i], rules[i], symbols);
        }
        _ir.Rules = [.. rules];
    }

    private void LowerRule(RuleSymbol symbol, IrRule rule, List<RuleSymbol> all)
    {
        rule.Holder = symbol.Holder is null ? null : (IrParty)_map[symbol.Holder];
        rule.IsStanding = symbol.IsStanding;
        rule.OwedTo = symbol.OwedTo is null ? null : (IrParty)_map[symbol.OwedTo];
        rule.Measure = symbol.Measure is null ? null : (IrMeasure)_map[symbol.Measure];
        if (!symbol.IsStanding) rule.Whens = [.. symbol.Conditions.Select(c => Clause(IrConditionKind.When, symbol, c))];
        rule.Unlesses = [.. symbol.Exceptions.Select(c => Clause(IrConditionKind.Unless, symbol, c))];
        if (symbol.Deadline is { } duration)
            rule.Deadline = new IrDeadline(Expression(duration, symbol), symbol.DeadlineAfter is { } after ? Expression(after, symbol) : null,
                SourceOf(symbol, duration.Syntax));
        if (symbol.Measure is { Done: { } test } measure && rule.Measure is { Done: { } done })
        {
            rule.Done = AddCondition(IrConditionKind.Done, rule.Name, done, SourceOf(measure, test.Syntax, measure.Citation));
            if (measure.CompletedOn is { } on && rule.Deadline is not null && rule.Kind == IrRuleKind.Obligation)
                rule.DoneInTime = AddCondition(IrConditionKind.DoneInTime, rule.Name, null,
                    SourceOf(measure, on.Syntax, measure.Citation) with
                    {
                        Text = $"{measure.Name} done ({measure.Tree.Text.ToString(on.Syntax.Span)}) on or before the deadline",
                    }, []);
        }
        rule.Overrides = [.. symbol.Overrides.Select(o => new IrOverride(all.IndexOf(o.Target), ReasonOf(o.Reason), o.Explanation, SourceOf(symbol, o.Syntax)))
            .Where(o => o.Target >= 0)];
        rule.OverriddenBy = [.. all.Select((r, i) => (r, i)).Where(p => p.r.Overrides.Any(o => ReferenceEquals(o.Target, symbol))).Select(p => p.i)];
        rule.Strength = (IrStrength)(int)symbol.Strength;
        rule.StrengthCitation = symbol.StrengthCitation;
        rule.SettledTrigger = SettledTrigger(rule);
        rule.Statuses = StatusTable.For(rule);
    }

    private IrCondition Clause(IrConditionKind kind, Symbol owner, BoundCondition condition) =>
        AddCondition(kind, owner.Name, Condition(condition.Expression, owner), SourceOf(owner, condition.Expression.Syntax, condition.Citation));

    private void LowerConsequences()
    {
        var rules = _bound.Rules.ToList();
        _ir.Consequences = [.. _bound.Consequences.Select((c, i) =>
        {
            var ir = Map(c, new IrConsequence(i, c.Name, c.ConsequenceKind is { } k ? (IrConsequenceKind)(int)k : null, SourceOf(c), c.DocComment));
            ir.FollowsAnyBreach = c.FollowsAnyBreach;
            ir.OwedTo = c.OwedTo is null ? null : (IrParty)_map[c.OwedTo];
            ir.Rules = c.FollowsAnyBreach
                ? [.. Enumerable.Range(0, rules.Count)]
                : [.. c.Rules.Select(r => rules.IndexOf(r)).Where(x => x >= 0).Distinct()];
            ir.NotMetRules = c.FollowsAnyNotMet
                ? [.. Enumerable.Range(0, rules.Count).Where(r => rules[r].Strength != NormStrength.Settled)]
                : [.. c.NotMetRules.Select(r => rules.IndexOf(r)).Where(x => x >= 0).Distinct()];
            ir.Whens = [.. c.Conditions.Select(w => Clause(IrConditionKind.ConsequenceWhen, c, w))];
            return ir;
        })];
    }

    private static IrRuleKind KindOf(RuleKind kind) => kind switch
    {
        RuleKind.Obligation => IrRuleKind.Obligation,
        RuleKind.Prohibition => IrRuleKind.Prohibition,
        _ => IrRuleKind.Permission,
    };

    private static IrOverrideReason ReasonOf(OverrideReason reason) => reason switch
    {
        OverrideReason.LexSpecialis => IrOverrideReason.LexSpecialis,
        OverrideReason.LexPosterior => IrOverrideReason.LexPosterior,
        _ => IrOverrideReason.LexSuperior,
    };
}
