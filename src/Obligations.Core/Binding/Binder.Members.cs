using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// Members of enums, records and thresholds, and the types written in declarations.
internal sealed partial class Binder
{
    private static readonly Regex s_currency = new("^[A-Z]{3}$", RegexOptions.Compiled);

    /// <summary>Member name → the enums that declare it, so a bare member name resolves without scanning every symbol.</summary>
    private readonly Dictionary<string, List<EnumSymbol>> _enumsByMemberName = new(StringComparer.Ordinal);

    private void BindMembersAndTypes()
    {
        foreach (var symbol in _symbols)
        {
            switch (symbol)
            {
                case EnumSymbol e:
                    var members = ((EnumDeclarationSyntax)e.Declaration).Members;
                    e.Members = DeclareMembers(e, members.Where(m => !m.Name.IsMissing),
                        (m, i) => new EnumMemberSymbol(m, e.Tree, e, i), m => m.Name);
                    foreach (var member in e.Members)
                    {
                        if (!_enumsByMemberName.TryGetValue(member.Name, out var declaring)) _enumsByMemberName[member.Name] = declaring = [];
                        declaring.Add(e);
                    }
                    break;
                case RecordSymbol r:
                    r.Fields = DeclareMembers(r, ((RecordDeclarationSyntax)r.Declaration).Fields.Where(f => !f.Name.IsMissing),
                        (f, _) => new FieldSymbol(f, r.Tree, r), f => f.Name);
                    break;
                case ThresholdSymbol t:
                    t.Criteria = DeclareMembers(t, t.Syntax.Criteria.Where(c => !c.Name.IsMissing),
                        (c, _) => new CriterionSymbol(c, t.Tree, t), c => c.Name);
                    break;
            }
        }
        foreach (var symbol in _symbols)
        {
            switch (symbol)
            {
                case RecordSymbol r:
                    foreach (var field in r.Fields) field.Type = BindType(field.Syntax.Type, r);
                    break;
                case FactSymbol f:
                    f.Type = BindType(f.Syntax.Type, f);
                    break;
                case DefineSymbol d when d.Syntax.Type is { } type:
                    d.Type = BindType(type, d);
                    break;
            }
        }
    }

    private ImmutableArray<TMember> DeclareMembers<TSyntax, TMember>(Symbol owner, IEnumerable<TSyntax> syntaxes,
        Func<TSyntax, int, TMember> create, Func<TSyntax, IdentifierSyntax> name)
        where TSyntax : SyntaxNode where TMember : Symbol
    {
        var result = ImmutableArray.CreateBuilder<TMember>();
        var seen = new Dictionary<string, TMember>(StringComparer.Ordinal);
        foreach (var syntax in syntaxes)
        {
            var member = create(syntax, result.Count);
            _declared[syntax] = member;
            if (seen.TryGetValue(member.Name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateMember, member.Location, member.Name, owner.Name)
                    .Also(d => _diagnostics.ReplaceLast(d.WithRelated(new RelatedLocation(first.Location, "first declared here"))));
                continue;
            }
            seen[member.Name] = member;
            result.Add(member);
        }
        return result.ToImmutable();
    }

    /// <summary>Resolves a written type: a primitive, <c>money CUR</c>, an enum, a record or <c>set of Enum</c>.</summary>
    private OblType BindType(TypeSyntax syntax, Symbol context)
    {
        switch (syntax)
        {
            case SetTypeSyntax set:
                var element = BindType(set.Element, context);
                if (element is EnumType or ErrorType) return new SetType(element);
                Report(DiagnosticDescriptors.InvalidSetElement, Loc(context, set.Element.Span), element.Display);
                return OblType.Error;
            case NamedTypeSyntax named:
                if (named.Name.IsMissing) return OblType.Error;
                var name = named.Name.Text;
                var primitive = name switch
                {
                    "bool" => OblType.Bool,
                    "int" => OblType.Int,
                    "decimal" => OblType.Decimal,
                    "duration" => OblType.Duration,
                    "date" => OblType.Date,
                    "text" => OblType.Text,
                    _ => null,
                };
                if (name == "money")
                {
                    if (named.Unit is null)
                    {
                        Report(DiagnosticDescriptors.MissingCurrency, Loc(context, named.Span));
                        return OblType.Error;
                    }
                    if (!s_currency.IsMatch(named.Unit.Text))
                    {
                        Report(DiagnosticDescriptors.UnknownUnit, Loc(context, named.Unit.Span), named.Unit.Text, string.Empty);
                        return OblType.Error;
                    }
                    return OblType.Money(named.Unit.Text);
                }
                if (primitive is not null) return primitive;
                var symbol = Lookup(named.Name, context, reportMissing: false);
                switch (symbol)
                {
                    case EnumSymbol e: return e.Type;
                    case RecordSymbol r: return new RecordType(r);
                    case null:
                        var candidates = Vocabulary.PrimitiveTypes
                            .Concat(VisibleSymbols(context).Where(s => s is EnumSymbol or RecordSymbol).Select(s => s.Name));
                        Report(DiagnosticDescriptors.UnknownType, Loc(context, named.Name.Span), name, Suggest(name, candidates));
                        return OblType.Error;
                    default:
                        Report(DiagnosticDescriptors.WrongKindOfName, Loc(context, named.Name.Span), name, symbol.KindDisplay, "type");
                        return OblType.Error;
                }
            default:
                return OblType.Error;
        }
    }
}
