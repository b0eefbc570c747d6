using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Lowering;

/// <summary>
/// Lowers a bound program to the rule IR, once: declarations first, then the named values in dependency order
/// (an explicit stack, so chains of any length are fine; values in a definition cycle become
/// <see cref="IrInvalid"/>), then rules, consequences and their recorded conditions. Total: a program with
/// errors lowers too (the broken parts are IrInvalid), so the analyses can run on what is valid.
/// </summary>
public sealed partial class IrLowering
{
    private readonly BoundProgram _bound;
    private readonly IrProgram _ir = new();
    private readonly Dictionary<Symbol, object> _map = new(ReferenceEqualityComparer.Instance);
    private readonly List<IrCondition> _conditions = [];
    private readonly List<string> _problems = [];
    private readonly CancellationToken _cancellationToken;

    private IrLowering(BoundProgram bound, CancellationToken cancellationToken)
    {
        _bound = bound;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The IR of a bound program, with the map from symbols to the IR declarations they became.</summary>
    /// <exception cref="OperationCanceledException">The editor moved on (a newer text) before lowering finished.</exception>
    public static IrLoweringResult Lower(BoundProgram program, CancellationToken cancellationToken = default) =>
        new IrLowering(program, cancellationToken).Run();

    private IrLoweringResult Run()
    {
        LowerData();
        LowerValues();
        LowerSettledViews();
        LowerMeasures();
        LowerRules();
        LowerConsequences();
        _ir.Conditions = [.. _conditions];
        _ir.Problems = [.. _problems];
        _ir.SetElementEnums = SetElementEnums();
        return new IrLoweringResult(_ir, _map.ToImmutableDictionary(ReferenceEqualityComparer.Instance));
    }

    private void LowerData()
    {
        _ir.Enums = [.. _bound.Enums.Select(e =>
        {
            var ir = new IrEnum(e.Name, e.IsOrdered, SourceOf(e), e.DocComment);
            _map[e] = ir;
            ir.Members = [.. e.Members.Select(m => Map(m, new IrEnumMember(ir, m.Name, m.Ordinal, SourceOf(m), m.DocComment)))];
            return ir;
        })];
        _ir.Records = [.. _bound.Records.Select(r =>
        {
            var ir = new IrRecord(r.Name, SourceOf(r), r.DocComment);
            _map[r] = ir;
            ir.Fields = [.. r.Fields.Select((f, i) => Map(f, new IrField(ir, f.Name, i, SourceOf(f), f.DocComment)))];
            return ir;
        })];
        foreach (var r in _bound.Records)
        foreach (var f in r.Fields)
            ((IrField)_map[f]).Type = TypeOf(f.Type);
        _ir.Facts = [.. _bound.Facts.Select((f, i) => Map(f, new IrFact(f.Name, i, SourceOf(f), f.DocComment) { Type = TypeOf(f.Type) }))];
        _ir.Parties = [.. _bound.Parties.Select(p => Map(p, new IrParty(p.Name, p.Description, SourceOf(p))))];
    }

    private T Map<T>(Symbol symbol, T ir) where T : class
    {
        _map[symbol] = ir;
        return ir;
    }

    private IrSource SourceOf(Symbol symbol) => new(symbol.Location, symbol.Name, symbol.Citation);

    private IrSource SourceOf(Symbol owner, SyntaxNode node, string? citation = null) =>
        new(owner.Tree.GetLocation(node.Span), owner.Tree.Text.ToString(node.Span), citation);

    internal IrType TypeOf(OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => IrType.Bool,
        PrimitiveType { Kind: PrimitiveKind.Int } => IrType.Int,
        PrimitiveType { Kind: PrimitiveKind.Decimal } => IrType.Decimal,
        PrimitiveType { Kind: PrimitiveKind.Duration } => IrType.Duration,
        PrimitiveType { Kind: PrimitiveKind.Date } => IrType.Date,
        PrimitiveType => IrType.Text,
        MoneyType m => IrType.Money(m.Currency),
        EnumType e => IrType.EnumOf((IrEnum)_map[e.Symbol]),
        RecordType r => IrType.RecordOf((IrRecord)_map[r.Symbol]),
        SetType s => IrType.SetOf(TypeOf(s.Element)),
        // An error type stands for a value already reported as wrong; its expressions lower to IrInvalid.
        _ => IrType.Bool,
    };

    private ImmutableHashSet<IrEnum> SetElementEnums()
    {
        var found = new HashSet<IrEnum>();
        void Visit(IrType? t)
        {
            for (; t is not null; t = t.Element)
                if (t.Kind == IrTypeKind.Set && t.Element?.Enum is { } e) found.Add(e);
        }
        foreach (var f in _ir.Facts) Visit(f.Type);
        foreach (var f in _ir.Records.SelectMany(r => r.Fields)) Visit(f.Type);
        foreach (var v in _ir.Values) Visit(v.Type);
        foreach (var e in IrWalker.AllExpressions(_ir)) Visit(e.Type);
        return [.. found];
    }
}

/// <summary>The IR and, for the tools that report on symbols, which IR declaration each symbol became.</summary>
public sealed record IrLoweringResult(IrProgram Program, ImmutableDictionary<Symbol, object> Map)
{
    public IrRule RuleOf(RuleSymbol rule) => (IrRule)Map[rule];
    public IrValue ValueOf(Symbol value) => (IrValue)Map[value];
    public IrMeasure MeasureOf(MeasureSymbol measure) => (IrMeasure)Map[measure];
    public IrConsequence ConsequenceOf(ConsequenceSymbol consequence) => (IrConsequence)Map[consequence];
    public IrFact FactOf(FactSymbol fact) => (IrFact)Map[fact];
}
