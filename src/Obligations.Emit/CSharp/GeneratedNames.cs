using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Every C# name the generated code uses for something from the rules, decided once so declarations and uses
/// agree. Rule names keep their spelling where C# allows; generated helper names give way to them.
/// </summary>
internal sealed class GeneratedNames
{
    private readonly Dictionary<object, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IrEnum, string> _setNames = [];
    private readonly NameScope _locals = new("facts", "now", "result", "cond", "rules", "consequences");

    public GeneratedNames(IrProgram program, EvaluatorOptions options)
    {
        Namespace = options.Namespace;
        var types = new NameScope();
        foreach (var e in program.Enums) _names[e] = types.Claim(e.Name);
        foreach (var r in program.Records) _names[r] = types.Claim(r.Name);
        foreach (var e in program.Enums.Where(program.SetElementEnums.Contains)) _setNames[e] = types.Claim(_names[e] + "Set");
        Evaluator = types.Claim(options.ClassName);
        Facts = types.Claim("Facts");
        foreach (var e in program.Enums)
        {
            // A set's flags enum has a None member of its own, so element names avoid it.
            var scope = _setNames.TryGetValue(e, out var setName) ? new NameScope(_names[e], setName, "None") : new NameScope(_names[e]);
            foreach (var m in e.Members) _names[m] = scope.Claim(m.Name);
        }
        foreach (var r in program.Records)
        {
            var scope = new NameScope(_names[r]);
            foreach (var f in r.Fields) _names[f] = scope.Claim(f.Name);
        }
        var facts = new NameScope(Facts);
        foreach (var f in program.Facts) _names[f] = facts.Claim(f.Name);
        var ruleIds = new NameScope("RuleIds");
        foreach (var r in program.Rules) _names[r] = ruleIds.Claim(r.Name);
        var consequenceIds = new NameScope("ConsequenceIds");
        foreach (var c in program.Consequences) _names[c] = consequenceIds.Claim(c.Name);
        foreach (var v in program.Values) _names[v] = _locals.Claim(LocalName(v));
        foreach (var m in program.Measures) _names[m] = _locals.Claim("m_" + m.Name);
    }

    public string Namespace { get; }
    public string Evaluator { get; }
    public string Facts { get; }

    /// <summary>The C# name of a type, member, fact, rule (in RuleIds), consequence (in ConsequenceIds) or local.</summary>
    public string Of(IrEnum e) => _names[e];
    public string Of(IrEnumMember m) => _names[m];
    public string Of(IrRecord r) => _names[r];
    public string Of(IrField f) => _names[f];
    public string Of(IrFact f) => _names[f];
    public string Of(IrValue v) => _names[v];
    public string Of(IrMeasure m) => _names[m];
    public string Of(IrRule r) => _names[r];
    public string Of(IrConsequence c) => _names[c];

    public string SetOf(IrEnum e) => _setNames[e];

    public bool HasSet(IrEnum e) => _setNames.ContainsKey(e);

    /// <summary>A fresh local name for generator bookkeeping (never clashes with a rule's local).</summary>
    public string Local(string hint) => _locals.Claim(hint);

    /// <summary><c>global::Ns.Name</c>: generated types are always qualified so no rule name can shadow them.</summary>
    public TypeSyntax Type(string name) =>
        QualifiedName(ParseName("global::" + Namespace), CSharpIdentifiers.Name(name));

    public TypeSyntax TypeOf(IrType type) => type.Kind switch
    {
        IrTypeKind.Bool => SyntaxHelpers.Predefined(SyntaxKind.BoolKeyword),
        IrTypeKind.Int => SyntaxHelpers.Predefined(SyntaxKind.LongKeyword),
        IrTypeKind.Decimal or IrTypeKind.Money => SyntaxHelpers.Predefined(SyntaxKind.DecimalKeyword),
        IrTypeKind.Duration => SyntaxHelpers.FixedType("global::System.TimeSpan"),
        IrTypeKind.Date => SyntaxHelpers.FixedType("global::System.DateTimeOffset"),
        IrTypeKind.Text => SyntaxHelpers.Predefined(SyntaxKind.StringKeyword),
        IrTypeKind.Enum => Type(Of(type.Enum!)),
        IrTypeKind.Record => Type(Of(type.Record!)),
        IrTypeKind.Set when type.Element?.Enum is { } e => Type(SetOf(e)),
        _ => throw new InvalidOperationException($"No C# type for {type}"),
    };

    /// <summary>Criteria keep the condition-numbered names they always had (<c>c3</c>); other values a kind prefix.</summary>
    private static string LocalName(IrValue value) => value.Kind switch
    {
        IrValueKind.Define => "d_" + value.Name,
        IrValueKind.Trigger => "t_" + value.Name,
        IrValueKind.Criterion => "c" + value.Condition!.Id,
        _ => "h_" + value.Name,
    };
}
