using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// Expressions: names, members, literals, sets. Operators and match are in their own files.
internal sealed partial class Binder
{
    private readonly HashSet<DefineSymbol> _definesInProgress = new();

    /// <summary>
    /// Binds an expression. <paramref name="expected"/> is the type the context wants; it is only used to
    /// resolve bare enum member names, never to coerce.
    /// </summary>
    private BoundExpression BindExpression(ExpressionSyntax syntax, Symbol context, OblType? expected = null)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var bound = syntax switch
        {
            MissingExpressionSyntax => new BoundError(syntax),
            LiteralExpressionSyntax l => BindLiteral(l, context),
            NameExpressionSyntax n => BindName(n, context, expected),
            MemberAccessExpressionSyntax m => BindMemberAccess(m, context),
            NowExpressionSyntax => new BoundNow(syntax),
            ParenthesizedExpressionSyntax p => BindExpression(p.Inner, context, expected),
            SetExpressionSyntax s => BindSet(s, context, expected),
            UnaryExpressionSyntax u => BindUnary(u, context),
            BinaryExpressionSyntax b => BindBinary(b, context),
            MatchExpressionSyntax m => BindMatch(m, context, expected),
            _ => new BoundError(syntax),
        };
        _expressions[syntax] = bound;
        return bound;
    }

    private BoundExpression BindCondition(ExpressionSyntax syntax, Symbol context)
    {
        var bound = BindExpression(syntax, context, OblType.Bool);
        if (!bound.Type.IsError && bound.Type != OblType.Bool)
            Report(DiagnosticDescriptors.ConditionNotBoolean, Loc(context, syntax.Span), bound.Type.Display);
        return bound;
    }

    private BoundExpression BindExpecting(ExpressionSyntax syntax, Symbol context, OblType expected, string what)
    {
        var bound = BindExpression(syntax, context, expected);
        if (!IsAssignable(bound.Type, expected))
            Report(DiagnosticDescriptors.TypeMismatch, Loc(context, syntax.Span), what, expected.Display, bound.Type.Display);
        return bound;
    }

    internal static bool IsAssignable(OblType from, OblType to) =>
        from.IsError || to.IsError || from == to || (from == OblType.Int && to == OblType.Decimal)
        || (from is SetType { Element: ErrorType } && to is SetType);

    private BoundExpression BindName(NameExpressionSyntax syntax, Symbol context, OblType? expected)
    {
        var name = syntax.Identifier;
        if (name.IsMissing) return new BoundError(syntax);
        var elementExpected = expected is SetType s ? s.Element : expected;
        if (elementExpected is EnumType expectedEnum && expectedEnum.Symbol.FindMember(name.Text) is { } preferred
            && !_byName.ContainsKey(name.Text))
        {
            _references[name] = preferred;
            return new BoundEnumMember(syntax, preferred);
        }
        if (_byName.ContainsKey(name.Text))
        {
            var symbol = Lookup(name, context)!;
            switch (symbol)
            {
                case FactSymbol f: return new BoundSymbolReference(syntax, f.Type, f);
                case DefineSymbol d: return new BoundSymbolReference(syntax, EnsureDefineType(d), d);
                case ThresholdSymbol or TriggerSymbol: return new BoundSymbolReference(syntax, OblType.Bool, symbol);
            }
            if (elementExpected is EnumType e && e.Symbol.FindMember(name.Text) is { } member)
            {
                _references[name] = member;
                return new BoundEnumMember(syntax, member);
            }
            Report(DiagnosticDescriptors.WrongKindOfName, Loc(context, name.Span), name.Text, symbol.KindDisplay, "value");
            return new BoundError(syntax);
        }
        var owners = _enumsByMemberName.TryGetValue(name.Text, out var declaring)
            ? declaring.Where(en => IsVisible(en, context)).ToList()
            : [];
        if (owners.Count == 1)
        {
            var member = owners[0].FindMember(name.Text)!;
            _references[name] = member;
            return new BoundEnumMember(syntax, member);
        }
        if (owners.Count > 1)
        {
            Report(DiagnosticDescriptors.AmbiguousMember, Loc(context, name.Span), name.Text, string.Join(", ", owners.Select(o => o.Name)));
            return new BoundError(syntax);
        }
        var candidates = VisibleSymbols(context).Select(v => v.Name)
            .Concat(VisibleSymbols(context).OfType<EnumSymbol>().SelectMany(en => en.Members.Select(m => m.Name)));
        Report(DiagnosticDescriptors.UndefinedName, Loc(context, name.Span), name.Text, Suggest(name.Text, candidates));
        return new BoundError(syntax);
    }

    private OblType EnsureDefineType(DefineSymbol define)
    {
        if (define.Syntax.Type is not null || define.Value is not null) return define.Type;
        if (!_definesInProgress.Add(define)) return OblType.Error;
        define.Value = BindExpression(define.Syntax.Value, define);
        define.Type = define.Value.Type;
        _definesInProgress.Remove(define);
        return define.Type;
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax, Symbol context)
    {
        var member = syntax.Member;
        if (syntax.Target is NameExpressionSyntax { Identifier: var typeName } && _byName.TryGetValue(typeName.Text, out var named) && named is EnumSymbol enumSymbol)
        {
            Lookup(typeName, context);
            if (member.IsMissing) return new BoundError(syntax);
            if (enumSymbol.FindMember(member.Text) is { } enumMember)
            {
                _references[member] = enumMember;
                return new BoundEnumMember(syntax, enumMember);
            }
            Report(DiagnosticDescriptors.UnknownMember, Loc(context, member.Span), $"Enum '{enumSymbol.Name}'", member.Text,
                Suggest(member.Text, enumSymbol.Members.Select(m => m.Name)));
            return new BoundError(syntax);
        }
        var target = BindExpression(syntax.Target, context);
        if (member.IsMissing || target.Type.IsError) return new BoundError(syntax);
        if (target.Type is RecordType record)
        {
            if (record.Symbol.FindField(member.Text) is { } field)
            {
                _references[member] = field;
                return new BoundFieldAccess(syntax, target, field);
            }
            Report(DiagnosticDescriptors.UnknownMember, Loc(context, member.Span), $"Record '{record.Symbol.Name}'", member.Text,
                Suggest(member.Text, record.Symbol.Fields.Select(f => f.Name)));
            return new BoundError(syntax);
        }
        Report(DiagnosticDescriptors.UnknownMember, Loc(context, member.Span), Capitalize(target.Type.Display), member.Text, string.Empty);
        return new BoundError(syntax);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private BoundExpression BindLiteral(LiteralExpressionSyntax syntax, Symbol context)
    {
        if (syntax.Value is null) return new BoundError(syntax);
        switch (syntax.Kind)
        {
            case LiteralKind.Text: return new BoundLiteral(syntax, OblType.Text, syntax.Value);
            case LiteralKind.Date: return new BoundLiteral(syntax, OblType.Date, syntax.Value);
            case LiteralKind.Boolean: return new BoundLiteral(syntax, OblType.Bool, syntax.Value);
        }
        var number = (decimal)syntax.Value;
        if (syntax.Unit is null)
        {
            var isInt = !syntax.Text.Contains('.');
            // Whole numbers are 64-bit in the evaluator (C# long).
            if (isInt && (number > long.MaxValue || number < long.MinValue))
            {
                Report(DiagnosticDescriptors.ValueOutOfRange, Loc(context, syntax.Span), $"The whole number '{syntax.Text}'", $"whole numbers can be at most {long.MaxValue}");
                return new BoundError(syntax);
            }
            return new BoundLiteral(syntax, isInt ? OblType.Int : OblType.Decimal, number);
        }
        if (syntax.Unit.IsMissing) return new BoundError(syntax);
        var minutes = DurationUnitMinutes(syntax.Unit.Text);
        if (minutes is not null)
        {
            // Durations are held in ticks; a literal beyond that range is reported here rather than overflowing later.
            if (number > MaxDurationMinutes / minutes.Value)
            {
                Report(DiagnosticDescriptors.ValueOutOfRange, Loc(context, syntax.Span), $"The duration '{syntax.Text} {syntax.Unit.Text}'",
                    $"durations can be at most {decimal.Floor(MaxDurationMinutes / minutes.Value)} {syntax.Unit.Text}");
                return new BoundError(syntax);
            }
            return new BoundLiteral(syntax, OblType.Duration, TimeSpan.FromTicks((long)(number * minutes.Value * TimeSpan.TicksPerMinute)));
        }
        if (s_currency.IsMatch(syntax.Unit.Text))
            return new BoundLiteral(syntax, OblType.Money(syntax.Unit.Text), number);
        Report(DiagnosticDescriptors.UnknownUnit, Loc(context, syntax.Unit.Span), syntax.Unit.Text,
            Suggest(syntax.Unit.Text, ["minutes", "minute", "hours", "hour", "days", "day", "weeks", "week"]));
        return new BoundError(syntax);
    }

    private static readonly decimal MaxDurationMinutes = (decimal)TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMinute;

    /// <summary>Minutes per duration unit; calendar months and years are deliberately absent (their length varies).</summary>
    internal static decimal? DurationUnitMinutes(string unit) => unit switch
    {
        "minute" or "minutes" => 1m,
        "hour" or "hours" => 60m,
        "day" or "days" => 1440m,
        "week" or "weeks" => 10080m,
        _ => null,
    };

    private BoundExpression BindSet(SetExpressionSyntax syntax, Symbol context, OblType? expected)
    {
        OblType? element = expected is SetType { Element: EnumType e } ? e : null;
        var elements = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var item in syntax.Elements)
        {
            var bound = BindExpression(item, context, element);
            elements.Add(bound);
            if (bound.Type.IsError) continue;
            if (bound.Type is not EnumType)
                Report(DiagnosticDescriptors.InvalidSetElement, Loc(context, item.Span), bound.Type.Display);
            else if (element is null)
                element = bound.Type;
            else if (bound.Type != element)
                Report(DiagnosticDescriptors.TypeMismatch, Loc(context, item.Span), "Every element of this set", element.Display, bound.Type.Display);
        }
        return new BoundSet(syntax, new SetType(element ?? OblType.Error), elements.ToImmutable());
    }
}
