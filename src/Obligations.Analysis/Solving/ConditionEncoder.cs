using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Google.OrTools.Sat;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Turns IR expressions into CP-SAT constraints. Every named value (define, trigger, threshold, criterion) is
/// encoded once per model and cached; the values an expression needs are encoded first, in the IR's dependency
/// order, so encoding never recurses through defines (chains of any length, cycles are IrInvalid). A boolean
/// sub-expression outside the exact fragment becomes a free boolean and is recorded in
/// <see cref="Approximations"/>: the model then allows more situations than the rules do, so "no situation"
/// answers stay exact while a found situation must be re-checked (the callers do so with the interpreter).
/// An <see cref="IrInvalid"/> met on the way is recorded in <see cref="Invalids"/>: no answer involving it is a verdict.
/// </summary>
internal sealed partial class ConditionEncoder
{
    private readonly Dictionary<IrValue, object> _values = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IrMatch, EncodedValue> _matches = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>The meaningless parts (IrInvalid) the question reads, with their reasons.</summary>
    public List<string> Invalids { get; } = new();

    /// <summary>The literal of a condition; never throws for expressions outside the fragment.</summary>
    public Lit Condition(IrExpression expression)
    {
        try
        {
            return (Encode(expression) as BoolValue ?? throw new NotDecidedException("a condition that is not true/false")).Lit;
        }
        catch (NotDecidedException e)
        {
            Free(e);
            return Lit.Of(Model.NewBoolVar("free"));
        }
    }

    private void Free(NotDecidedException e)
    {
        Approximations.Add(e.Reason);
        if (e.Invalid) Invalids.Add(e.Reason);
    }

    /// <summary>Rule fact Triggered: every 'when' holds (always, for a standing rule).</summary>
    public Lit Triggered(IrRule rule) => Booleans.And(rule.Whens.Select(c => Clause(c)).ToList());

    /// <summary>Rule fact Excused: triggered and some 'unless' holds.</summary>
    public Lit Excused(IrRule rule) => Booleans.And(Triggered(rule), Booleans.Or(rule.Unlesses.Select(c => Clause(c)).ToList()));

    /// <summary>
    /// The rule applies: its decision table gives neither of the rows that need no act to be looked at
    /// (not applicable: not triggered; excused) — triggered and not excused.
    /// </summary>
    public Lit Applies(IrRule rule) => Booleans.And(Triggered(rule), Excused(rule).Not());

    private Lit Clause(IrCondition condition) =>
        condition.Expression is { } e ? Condition(e) : Condition(new IrInvalid(IrType.Bool, condition.Source, "a condition without an expression"));

    public EncodedValue Encode(IrExpression expression)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new NotDecidedException("an expression nested too deeply to encode");
        return expression switch
        {
            IrConstant constant => EncodeConstant(constant),
            IrFactReference fact => Facts.Get(fact.Fact.Name, fact.Type),
            IrValueReference reference => EncodeValue(reference.Value),
            IrFieldAccess access => Facts.Get(FactPath(access), access.Type),
            IrNow => Facts.Now(),
            IrUnary unary => EncodeUnary(unary),
            IrBinary binary => EncodeBinary(binary),
            IrLogical logical => new BoolValue(logical.IsAnd
                ? Booleans.And(logical.Operands.Select(Condition).ToList())
                : Booleans.Or(logical.Operands.Select(Condition).ToList())),
            IrSetLiteral set => EncodeSet(set),
            IrMatch match => EncodeMatch(match),
            IrInvalid invalid => throw new NotDecidedException($"{invalid.Source.Text.Trim()} has no meaning ({invalid.Reason})", invalid: true),
            _ => throw new InvalidOperationException($"the encoder has no case for {expression.GetType().Name}"),
        };
    }

    private EncodedValue EncodeConstant(IrConstant constant) => constant.Value switch
    {
        bool b => new BoolValue(Lit.Of(b)),
        decimal d => new NumberValue(LinearForm.Of(Rational.FromDecimal(d))),
        long l => new NumberValue(LinearForm.Of(Rational.FromInteger(l))),
        TimeSpan t => new NumberValue(LinearForm.Of(NumericScaling.Minutes(t))),
        DateTimeOffset date => new NumberValue(LinearForm.Of(NumericScaling.MinutesSinceEpoch(date))),
        string text => new TextConstant(text),
        IrEnumMember member => new EnumValue([.. member.Enum.Members.Select(m => Lit.Of(ReferenceEquals(m, member)))]),
        _ => throw new NotDecidedException("a constant the solver does not represent"),
    };

    /// <summary>A named value: from the cache, after encoding every value it needs (in dependency order) that is not there yet.</summary>
    private EncodedValue EncodeValue(IrValue value)
    {
        if (!_values.ContainsKey(value)) Prepare(value);
        return _values.TryGetValue(value, out var cached)
            ? cached as EncodedValue ?? throw (NotDecidedException)cached
            : throw new NotDecidedException($"'{value.Name}' is read before it is computed");
    }

    private void Prepare(IrValue root)
    {
        var needed = new SortedDictionary<int, IrValue>();
        var pending = new Stack<IrValue>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (_values.ContainsKey(value) || !needed.TryAdd(value.Index, value)) continue;
            foreach (var node in IrWalker.Nodes(value.Body))
                if (node is IrValueReference reference) pending.Push(reference.Value);
        }
        foreach (var value in needed.Values)
        {
            // The placeholder makes a value that (wrongly) reads itself fail instead of looping.
            _values[value] = new NotDecidedException($"'{value.Name}' reads itself");
            if (value.Type == IrType.Bool)
            {
                _values[value] = new BoolValue(Condition(value.Body));
                continue;
            }
            try
            {
                _values[value] = Encode(value.Body);
            }
            catch (NotDecidedException e)
            {
                _values[value] = e;
            }
        }
    }

    /// <summary>The dotted path of a field of a fact (<c>operation.phase</c>); anything else is outside the fragment.</summary>
    public static string FactPath(IrExpression expression)
    {
        var parts = new List<string>();
        for (var node = expression; ; )
        {
            switch (node)
            {
                case IrFieldAccess access:
                    parts.Add(access.Field.Name);
                    node = access.Target;
                    continue;
                case IrFactReference fact:
                    parts.Add(fact.Fact.Name);
                    parts.Reverse();
                    return string.Join('.', parts);
                default:
                    throw new NotDecidedException("a field of a computed record");
            }
        }
    }

    private EncodedValue EncodeSet(IrSetLiteral set)
    {
        if (set.Type.Element is not { Kind: IrTypeKind.Enum, Enum: { } e }) throw new NotDecidedException("a set that is not of enum members");
        var elements = set.Elements.Select(x => Encode(x) as EnumValue ?? throw new NotDecidedException("a set element that is not an enum member")).ToList();
        return new SetValue([.. e.Members.Select((_, i) => Booleans.Or(elements.Select(x => x.Members[i]).ToList()))]);
    }
}
