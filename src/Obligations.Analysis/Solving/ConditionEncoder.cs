using System.Collections.Immutable;
using Google.OrTools.Sat;
using Obligations.Binding;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Turns bound expressions into CP-SAT constraints, inlining defines, thresholds and triggers. A boolean
/// sub-expression outside the exact fragment becomes a free boolean and is recorded in
/// <see cref="Approximations"/>: the model then allows more situations than the rules do, so "no situation"
/// answers stay exact while a found situation must be re-checked (the callers do so with the interpreter).
/// </summary>
internal sealed partial class ConditionEncoder
{
    private readonly Dictionary<Symbol, object> _symbols = new();
    private readonly Dictionary<BoundMatch, EncodedValue> _matches = new(ReferenceEqualityComparer.Instance);

    public ConditionEncoder(CpModel model, NumericScaling scaling)
    {
        Model = model;
        Scaling = scaling;
        Booleans = new BooleanBuilder(model);
        Facts = new FactVariables(model, scaling);
    }

    public CpModel Model { get; }
    public NumericScaling Scaling { get; }
    public BooleanBuilder Booleans { get; }
    public FactVariables Facts { get; }

    /// <summary>Why the model is an over-approximation, one entry per freed sub-expression.</summary>
    public List<string> Approximations { get; } = new();

    /// <summary>The literal of a condition; never throws for expressions outside the fragment.</summary>
    public Lit Condition(BoundExpression expression)
    {
        try
        {
            return (Encode(expression) as BoolValue ?? throw new NotDecidedException("a condition that is not true/false")).Lit;
        }
        catch (NotDecidedException e)
        {
            Approximations.Add(e.Reason);
            return Lit.Of(Model.NewBoolVar("free"));
        }
    }

    /// <summary>All 'when' conditions of a rule hold (true for a standing rule).</summary>
    public Lit Triggered(RuleSymbol rule) => Booleans.And(rule.Conditions.Select(c => Condition(c.Expression)).ToList());

    /// <summary>Some 'unless' exception of a rule holds.</summary>
    public Lit Excused(RuleSymbol rule) => Booleans.Or(rule.Exceptions.Select(c => Condition(c.Expression)).ToList());

    /// <summary>The rule applies: triggered and not excused.</summary>
    public Lit Applies(RuleSymbol rule) => Booleans.And(Triggered(rule), Excused(rule).Not());

    public EncodedValue Encode(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => EncodeLiteral(literal),
        BoundSymbolReference reference => EncodeSymbol(reference.Symbol),
        BoundFieldAccess access => Facts.Get(FactPath(access), access.Type),
        BoundEnumMember member => new EnumValue(member.Member.Enum.Members.Select(m => Lit.Of(ReferenceEquals(m, member.Member))).ToImmutableArray()),
        BoundNow => Facts.Now(),
        BoundUnary unary => EncodeUnary(unary),
        BoundBinary binary => EncodeBinary(binary),
        BoundSet set => EncodeSet(set),
        BoundMatch match => EncodeMatch(match),
        _ => throw new NotDecidedException("an expression with an error"),
    };

    private EncodedValue EncodeLiteral(BoundLiteral literal) => literal.Value switch
    {
        bool b => new BoolValue(Lit.Of(b)),
        decimal d => new NumberValue(LinearForm.Of(Rational.FromDecimal(d))),
        TimeSpan t => new NumberValue(LinearForm.Of(NumericScaling.Minutes(t))),
        DateTimeOffset date => new NumberValue(LinearForm.Of(NumericScaling.MinutesSinceEpoch(date))),
        string text => new TextConstant(text),
        _ => throw new NotDecidedException("a value the solver does not represent"),
    };

    private EncodedValue EncodeSymbol(Symbol symbol)
    {
        if (_symbols.TryGetValue(symbol, out var cached))
            return cached as EncodedValue ?? throw new NotDecidedException((string)cached);
        try
        {
            EncodedValue value = symbol switch
            {
                FactSymbol fact => Facts.Get(fact.Name, fact.Type),
                DefineSymbol { Value: { } v } define => define.Type is PrimitiveType { Kind: PrimitiveKind.Bool } ? new BoolValue(Condition(v)) : Encode(v),
                ThresholdSymbol threshold => new BoolValue(EncodeThreshold(threshold)),
                TriggerSymbol { Condition: { } c } => new BoolValue(Condition(c)),
                _ => throw new NotDecidedException($"'{symbol.Name}' has an error"),
            };
            _symbols[symbol] = value;
            return value;
        }
        catch (NotDecidedException e)
        {
            _symbols[symbol] = e.Reason;
            throw;
        }
    }

    private Lit EncodeThreshold(ThresholdSymbol threshold)
    {
        var criteria = threshold.Criteria.Select(c => c.Condition is { } condition ? Condition(condition) : throw new NotDecidedException("criterion has an error")).ToList();
        return threshold.Quantifier == Syntax.ThresholdQuantifier.All ? Booleans.And(criteria) : Booleans.Or(criteria);
    }

    /// <summary>The dotted path of a field of a fact (<c>operation.phase</c>); anything else is outside the fragment.</summary>
    public static string FactPath(BoundExpression expression) => expression switch
    {
        BoundSymbolReference { Symbol: FactSymbol fact } => fact.Name,
        BoundFieldAccess access => FactPath(access.Target) + "." + access.Field.Name,
        _ => throw new NotDecidedException("a field of a computed record"),
    };

    private EncodedValue EncodeSet(BoundSet set)
    {
        if (set.Type is not SetType { Element: EnumType e }) throw new NotDecidedException("a set that is not of enum members");
        var members = new HashSet<EnumMemberSymbol>(ReferenceEqualityComparer.Instance);
        foreach (var element in set.Elements)
            members.Add(element is BoundEnumMember m ? m.Member : throw new NotDecidedException("a computed set element"));
        return new SetValue(e.Symbol.Members.Select(m => Lit.Of(members.Contains(m))).ToImmutableArray());
    }
}
