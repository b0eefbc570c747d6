using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// match: on an enum (exhaustive, or with else), on other values (else required), or guarded (gaps are
// left to the analyses, which can decide them with a solver).
internal sealed partial class Binder
{
    private BoundExpression BindMatch(MatchExpressionSyntax syntax, Symbol context, OblType? expected)
    {
        var subject = syntax.Subject is null ? null : BindExpression(syntax.Subject, context);
        var subjectEnum = subject?.Type as EnumType;
        var arms = ImmutableArray.CreateBuilder<BoundMatchArm>();
        var covered = new HashSet<EnumMemberSymbol>();
        OblType? resultType = null;
        var sawElse = false;
        foreach (var arm in syntax.Arms)
        {
            if (sawElse)
                Report(DiagnosticDescriptors.UnreachableArm, Loc(context, arm.Pattern.Span), "an earlier 'else' arm already matches everything");
            BoundExpression? guard = null;
            var values = ImmutableArray<BoundExpression>.Empty;
            var isElse = arm.Pattern is ElsePatternSyntax;
            switch (arm.Pattern)
            {
                case GuardPatternSyntax g:
                    guard = BindCondition(g.Condition, context);
                    break;
                case ValuePatternSyntax v when subject is null:
                    guard = v.Values.Length == 1 ? BindCondition(v.Values[0], context) : null;
                    break;
                case ValuePatternSyntax v:
                    values = v.Values.Select(value => BindPatternValue(value, subject, context, covered)).ToImmutableArray();
                    break;
            }
            sawElse |= isElse;
            var armValue = BindExpression(arm.Value, context, resultType ?? expected);
            if (resultType is null || resultType.IsError) resultType = armValue.Type;
            else if (!IsAssignable(armValue.Type, resultType))
            {
                if (resultType == OblType.Int && armValue.Type == OblType.Decimal) resultType = OblType.Decimal;
                else Report(DiagnosticDescriptors.MatchArmTypes, Loc(context, arm.Value.Span), armValue.Type.Display, resultType.Display);
            }
            arms.Add(new BoundMatchArm(arm, isElse, guard, values, armValue));
        }
        CheckCoverage(syntax, context, subject, subjectEnum, covered, sawElse);
        return new BoundMatch(syntax, resultType ?? OblType.Error, subject, arms.ToImmutable());
    }

    private BoundExpression BindPatternValue(ExpressionSyntax value, BoundExpression subject, Symbol context, HashSet<EnumMemberSymbol> covered)
    {
        var bound = BindExpression(value, context, subject.Type);
        if (!IsAssignable(bound.Type, subject.Type) && !(bound.Type.IsNumeric && subject.Type.IsNumeric))
            Report(DiagnosticDescriptors.TypeMismatch, Loc(context, value.Span), "A match arm", subject.Type.Display, bound.Type.Display);
        if (bound is BoundEnumMember member && !covered.Add(member.Member))
            Report(DiagnosticDescriptors.UnreachableArm, Loc(context, value.Span), $"'{member.Member.Name}' is already covered by an earlier arm");
        return bound;
    }

    private void CheckCoverage(MatchExpressionSyntax syntax, Symbol context, BoundExpression? subject, EnumType? subjectEnum,
        HashSet<EnumMemberSymbol> covered, bool sawElse)
    {
        if (sawElse || subject is null || subject.Type.IsError) return;
        var location = Loc(context, new Text.TextSpan(syntax.Span.Start, 5));
        if (subjectEnum is null)
        {
            Report(DiagnosticDescriptors.MatchNeedsElse, location, subject.Type.Display);
            return;
        }
        var missing = subjectEnum.Symbol.Members.Where(m => !covered.Contains(m)).Select(m => $"'{m.Name}'").ToList();
        if (missing.Count > 0)
            Report(DiagnosticDescriptors.NonExhaustiveMatch, location, string.Join(", ", missing));
    }
}
