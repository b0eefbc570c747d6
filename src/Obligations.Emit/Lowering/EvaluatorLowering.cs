using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Runtime.Metadata;
using RuleKind = Obligations.Syntax.RuleKind;
using Obligations.Syntax;

namespace Obligations.Emit.Lowering;

/// <summary>
/// Lowers a bound program to the evaluator model: gives every recorded condition an id (named conditions first,
/// then rule clauses, then consequence conditions) and links each to the named conditions it is made of.
/// </summary>
internal sealed class EvaluatorLowering
{
    private readonly BoundProgram _program;
    private readonly List<ConditionModel> _conditions = [];
    private readonly Dictionary<Symbol, ConditionModel> _named = [];
    private readonly Dictionary<DefineSymbol, ImmutableArray<int>> _defineSupports = [];

    private EvaluatorLowering(BoundProgram program) => _program = program;

    public static EvaluatorModel Lower(BoundProgram program) => new EvaluatorLowering(program).Run();

    private EvaluatorModel Run()
    {
        var values = SymbolReferences.DependencyOrder(_program);
        foreach (var value in values)
        {
            switch (value)
            {
                case TriggerSymbol t:
                    AddNamed(t, Add(ConditionKind.Trigger, t, t.Condition, t.Condition!.Syntax, t.Citation));
                    break;
                case ThresholdSymbol h:
                    var criteria = h.Criteria.Select(c => AddNamed(c, Add(ConditionKind.Criterion, c, c.Condition, c.Condition!.Syntax, c.Citation))).ToList();
                    var quantifier = h.Quantifier == ThresholdQuantifier.Any ? "any of: " : "all of: ";
                    AddNamed(h, Add(ConditionKind.Threshold, h, null, h.NameSyntax, h.Citation,
                        quantifier + string.Join(", ", h.Criteria.Select(c => c.Name)), criteria.Select(c => c.Id).ToImmutableArray()));
                    break;
            }
        }
        var ruleSymbols = _program.Rules.ToList();
        var rules = ruleSymbols.Select((r, i) => LowerRule(r, i, ruleSymbols)).ToImmutableArray();
        var consequences = _program.Consequences.Select((c, i) => LowerConsequence(c, i, ruleSymbols)).ToImmutableArray();
        var measures = ruleSymbols.Select(r => r.Measure).OfType<MeasureSymbol>().Distinct().ToImmutableArray();
        return new EvaluatorModel(_program, values.ToImmutableArray(), measures, rules, consequences,
            _conditions.ToImmutableArray(), _named.ToImmutableDictionary(), SetElementEnums());
    }

    private RuleModel LowerRule(RuleSymbol rule, int index, List<RuleSymbol> all)
    {
        var whens = rule.IsStanding ? ImmutableArray<ConditionModel>.Empty : Clauses(ConditionKind.When, rule, rule.Conditions);
        var unlesses = Clauses(ConditionKind.Unless, rule, rule.Exceptions);
        ConditionModel? done = null, inTime = null;
        if (rule.Measure is { Done: { } test } measure)
        {
            done = Add(ConditionKind.Done, rule, test, test.Syntax, measure.Citation);
            if (measure.CompletedOn is { } on && rule.Deadline is not null && rule.RuleKind == RuleKind.Obligation)
                inTime = Add(ConditionKind.DoneInTime, rule, null, on.Syntax, measure.Citation,
                    $"{measure.Name} done ({Text(rule, on.Syntax)}) on or before the deadline", []);
        }
        var overriddenBy = all.Select((r, i) => (r, i)).Where(p => p.r.Overrides.Any(o => ReferenceEquals(o.Target, rule))).Select(p => p.i);
        return new RuleModel(index, rule, whens, unlesses, done, inTime, overriddenBy.ToImmutableArray());
    }

    private ConsequenceModel LowerConsequence(ConsequenceSymbol consequence, int index, List<RuleSymbol> rules)
    {
        var followed = consequence.FollowsAnyBreach
            ? Enumerable.Range(0, rules.Count)
            : consequence.Rules.Select(r => rules.IndexOf(r)).Where(i => i >= 0).Distinct();
        return new ConsequenceModel(index, consequence, followed.ToImmutableArray(), Clauses(ConditionKind.ConsequenceWhen, consequence, consequence.Conditions));
    }

    private ImmutableArray<ConditionModel> Clauses(ConditionKind kind, Symbol owner, ImmutableArray<BoundCondition> conditions) =>
        conditions.Select(c => Add(kind, owner, c.Expression, c.Expression.Syntax, c.Citation)).ToImmutableArray();

    private ConditionModel AddNamed(Symbol symbol, ConditionModel condition)
    {
        var named = condition with { Named = symbol };
        _conditions[named.Id] = named;
        _named[symbol] = named;
        return named;
    }

    private ConditionModel Add(ConditionKind kind, Symbol owner, BoundExpression? expression, SyntaxNode anchor, string? citation,
        string? text = null, ImmutableArray<int>? supports = null)
    {
        var condition = new ConditionModel(_conditions.Count, kind, owner, expression, anchor, text ?? Text(owner, anchor), citation,
            supports ?? SupportsOf(expression));
        _conditions.Add(condition);
        return condition;
    }

    private static string Text(Symbol owner, SyntaxNode node) => owner.Tree.Text.ToString(node.Span);

    /// <summary>The named conditions an expression reads, looking through defines.</summary>
    private ImmutableArray<int> SupportsOf(BoundExpression? expression)
    {
        var ids = new List<int>();
        foreach (var symbol in SymbolReferences.ValuesIn(expression))
        {
            if (_named.TryGetValue(symbol, out var named)) ids.Add(named.Id);
            else if (symbol is DefineSymbol define) ids.AddRange(DefineSupports(define));
        }
        return ids.Distinct().ToImmutableArray();
    }

    private ImmutableArray<int> DefineSupports(DefineSymbol define)
    {
        if (_defineSupports.TryGetValue(define, out var cached)) return cached;
        _defineSupports[define] = ImmutableArray<int>.Empty;
        return _defineSupports[define] = SupportsOf(define.Value);
    }

    private ImmutableHashSet<EnumSymbol> SetElementEnums()
    {
        var types = _program.Expressions.Values.Select(e => e.Type)
            .Concat(_program.Facts.Select(f => f.Type))
            .Concat(_program.Records.SelectMany(r => r.Fields).Select(f => f.Type))
            .Concat(_program.Defines.Select(d => d.Type));
        return types.OfType<SetType>().Select(s => s.Element).OfType<EnumType>().Select(e => e.Symbol).ToImmutableHashSet();
    }
}
