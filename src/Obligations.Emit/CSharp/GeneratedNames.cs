using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Binding;
using Obligations.Emit.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Every C# name the generated code uses for something from the rules, decided once so declarations and uses
/// agree. Rule names keep their spelling where C# allows; generated helper names give way to them.
/// </summary>
internal sealed class GeneratedNames
{
    private readonly Dictionary<Symbol, string> _names = [];
    private readonly Dictionary<EnumSymbol, string> _setNames = [];
    private readonly NameScope _locals = new("facts", "now", "result", "cond", "rules", "consequences");

    public GeneratedNames(EvaluatorModel model, EvaluatorOptions options)
    {
        Namespace = options.Namespace;
        var types = new NameScope();
        foreach (var symbol in model.Program.Enums.Cast<Symbol>().Concat(model.Program.Records)) _names[symbol] = types.Claim(symbol.Name);
        foreach (var e in model.Program.Enums.Where(model.SetElementEnums.Contains)) _setNames[e] = types.Claim(_names[e] + "Set");
        Evaluator = types.Claim(options.ClassName);
        Facts = types.Claim("Facts");
        foreach (var e in model.Program.Enums)
        {
            // A set's flags enum has a None member of its own, so element names avoid it.
            var scope = _setNames.TryGetValue(e, out var setName) ? new NameScope(_names[e], setName, "None") : new NameScope(_names[e]);
            foreach (var m in e.Members) _names[m] = scope.Claim(m.Name);
        }
        foreach (var r in model.Program.Records)
        {
            var scope = new NameScope(_names[r]);
            foreach (var f in r.Fields) _names[f] = scope.Claim(f.Name);
        }
        var facts = new NameScope(Facts);
        foreach (var f in model.Program.Facts) _names[f] = facts.Claim(f.Name);
        var ruleIds = new NameScope("RuleIds");
        foreach (var r in model.Rules) _names[r.Symbol] = ruleIds.Claim(r.Symbol.Name);
        var consequenceIds = new NameScope("ConsequenceIds");
        foreach (var c in model.Consequences) _names[c.Symbol] = consequenceIds.Claim(c.Symbol.Name);
        foreach (var v in model.Values) _names[v] = _locals.Claim(Prefix(v) + v.Name);
        foreach (var m in model.Measures) _names[m] = _locals.Claim("m_" + m.Name);
    }

    public string Namespace { get; }
    public string Evaluator { get; }
    public string Facts { get; }

    /// <summary>The C# name of a type, member, fact, rule (in RuleIds), consequence (in ConsequenceIds) or local.</summary>
    public string Of(Symbol symbol) => _names[symbol];

    public string SetOf(EnumSymbol e) => _setNames[e];

    public bool HasSet(EnumSymbol e) => _setNames.ContainsKey(e);

    /// <summary>A fresh local name for generator bookkeeping (never clashes with a rule's local).</summary>
    public string Local(string hint) => _locals.Claim(hint);

    /// <summary><c>global::Ns.Name</c>: generated types are always qualified so no rule name can shadow them.</summary>
    public TypeSyntax Type(string name) =>
        QualifiedName(ParseName("global::" + Namespace), CSharpIdentifiers.Name(name));

    public TypeSyntax TypeOf(OblType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => SyntaxHelpers.Predefined(SyntaxKind.BoolKeyword),
        PrimitiveType { Kind: PrimitiveKind.Int } => SyntaxHelpers.Predefined(SyntaxKind.LongKeyword),
        PrimitiveType { Kind: PrimitiveKind.Decimal } or MoneyType => SyntaxHelpers.Predefined(SyntaxKind.DecimalKeyword),
        PrimitiveType { Kind: PrimitiveKind.Duration } => SyntaxHelpers.FixedType("global::System.TimeSpan"),
        PrimitiveType { Kind: PrimitiveKind.Date } => SyntaxHelpers.FixedType("global::System.DateTimeOffset"),
        PrimitiveType { Kind: PrimitiveKind.Text } => SyntaxHelpers.Predefined(SyntaxKind.StringKeyword),
        EnumType e => Type(Of(e.Symbol)),
        RecordType r => Type(Of(r.Symbol)),
        SetType { Element: EnumType e } => Type(SetOf(e.Symbol)),
        _ => throw new InvalidOperationException($"No C# type for {type.Display}"),
    };

    private static string Prefix(Symbol symbol) => symbol switch
    {
        DefineSymbol => "d_",
        TriggerSymbol => "t_",
        _ => "h_",
    };
}
