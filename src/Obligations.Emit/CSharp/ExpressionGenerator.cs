using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Binding;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;
using BinaryOperator = Obligations.Syntax.BinaryOperator;
using UnaryOperator = Obligations.Syntax.UnaryOperator;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Bound expressions to C# expressions over typed fields: int is <c>long</c>, decimal and money are
/// <c>decimal</c>, durations <c>TimeSpan</c>, dates <c>DateTimeOffset</c>, sets are flags enums. Nothing here
/// allocates at evaluation time.
/// </summary>
internal sealed partial class ExpressionGenerator(GeneratedNames names)
{
    public static readonly IdentifierNameSyntax Facts = IdentifierName("facts");
    public static readonly IdentifierNameSyntax Now = IdentifierName("now");

    public ExpressionSyntax Generate(BoundExpression expression, Obligations.Syntax.SyntaxTree tree) => expression switch
    {
        BoundLiteral l => Literal(l),
        BoundSymbolReference { Symbol: FactSymbol f } => Member(Facts, names.Of(f)),
        BoundSymbolReference r => CSharpIdentifiers.Name(names.Of(r.Symbol)),
        BoundEnumMember m => EnumMember(m.Member),
        BoundFieldAccess f => Member(Paren(Generate(f.Target, tree)), names.Of(f.Field)),
        BoundNow => Now,
        BoundUnary { Operator: UnaryOperator.Not } u => Not(Generate(u.Operand, tree)),
        BoundUnary u => PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Paren(Generate(u.Operand, tree))),
        BoundBinary b => GenerateBinary(b, tree),
        BoundSet s => GenerateSet(s, tree),
        BoundMatch m => GenerateMatch(m, tree),
        _ => throw new InvalidOperationException($"Cannot emit {expression.GetType().Name} at {tree.GetLocation(expression.Syntax.Span)}"),
    };

    public ExpressionSyntax EnumMember(EnumMemberSymbol member) =>
        Member(names.Type(names.Of(member.Enum)), names.Of(member));

    /// <summary><paramref name="expression"/> converted from <paramref name="from"/> to <paramref name="to"/> where C# needs it.</summary>
    public ExpressionSyntax Convert(ExpressionSyntax expression, OblType from, OblType to) =>
        from == OblType.Int && to is PrimitiveType { Kind: PrimitiveKind.Decimal } or MoneyType
            ? Cast(Predefined(SyntaxKind.DecimalKeyword), expression)
            : expression;

    private ExpressionSyntax Literal(BoundLiteral literal) => literal.Value switch
    {
        bool b => Bool(b),
        decimal d when literal.Type == OblType.Int => Long((long)d),
        decimal d => Decimal(d),
        TimeSpan t => New(FixedType("global::System.TimeSpan"), Long(t.Ticks)),
        DateTimeOffset d => New(FixedType("global::System.DateTimeOffset"), Long(d.Ticks),
            d.Offset == TimeSpan.Zero ? FixedMember("global::System.TimeSpan", "Zero") : New(FixedType("global::System.TimeSpan"), Long(d.Offset.Ticks))),
        string s => Str(s),
        _ => throw new InvalidOperationException($"Unexpected literal value {literal.Value.GetType().Name}"),
    };

    private ExpressionSyntax GenerateBinary(BoundBinary b, Obligations.Syntax.SyntaxTree tree)
    {
        var left = Generate(b.Left, tree);
        var right = Generate(b.Right, tree);
        var (lt, rt) = (b.Left.Type, b.Right.Type);
        switch (b.Operator)
        {
            case BinaryOperator.And: return Binary(SyntaxKind.LogicalAndExpression, left, right);
            case BinaryOperator.Or: return Binary(SyntaxKind.LogicalOrExpression, left, right);
            case BinaryOperator.Equal: return Binary(SyntaxKind.EqualsExpression, left, right);
            case BinaryOperator.NotEqual: return Binary(SyntaxKind.NotEqualsExpression, left, right);
            case BinaryOperator.Less: return Binary(SyntaxKind.LessThanExpression, left, right);
            case BinaryOperator.LessOrEqual: return Binary(SyntaxKind.LessThanOrEqualExpression, left, right);
            case BinaryOperator.Greater: return Binary(SyntaxKind.GreaterThanExpression, left, right);
            case BinaryOperator.GreaterOrEqual: return Binary(SyntaxKind.GreaterThanOrEqualExpression, left, right);
            case BinaryOperator.In: return Membership(left, right, SyntaxKind.NotEqualsExpression);
            case BinaryOperator.NotIn: return Membership(left, right, SyntaxKind.EqualsExpression);
            case BinaryOperator.Add when lt == OblType.Duration && rt == OblType.Date:
                return Binary(SyntaxKind.AddExpression, right, left);
            case BinaryOperator.Add: return Binary(SyntaxKind.AddExpression, left, right);
            case BinaryOperator.Subtract: return Binary(SyntaxKind.SubtractExpression, left, right);
            case BinaryOperator.Multiply when lt == OblType.Duration: return DurationCall("Multiply", left, right);
            case BinaryOperator.Multiply when rt == OblType.Duration: return DurationCall("Multiply", right, left);
            case BinaryOperator.Multiply: return Binary(SyntaxKind.MultiplyExpression, left, right);
            case BinaryOperator.Divide when lt == OblType.Duration && rt == OblType.Duration: return DurationCall("Ratio", left, right);
            case BinaryOperator.Divide when lt == OblType.Duration: return DurationCall("Divide", left, right);
            default: return Divide(left, right, tree.GetLocation(b.Syntax.Span));
        }
    }

    /// <summary><c>((ulong)set &amp; (1UL &lt;&lt; (int)member)) != 0UL</c>: one bit test.</summary>
    private static ExpressionSyntax Membership(ExpressionSyntax element, ExpressionSyntax set, SyntaxKind comparison) =>
        Binary(comparison,
            Binary(SyntaxKind.BitwiseAndExpression, Cast(Predefined(SyntaxKind.ULongKeyword), set), Bit(element)),
            LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0UL)));

    private static ExpressionSyntax Bit(ExpressionSyntax member) =>
        Binary(SyntaxKind.LeftShiftExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1UL)),
            Cast(Predefined(SyntaxKind.IntKeyword), member));

    private static ExpressionSyntax Divide(ExpressionSyntax left, ExpressionSyntax right, Obligations.Text.Location location) =>
        Call(FixedMember(RuntimeNs + ".Arithmetic", "Divide"), left, right,
            Str(location.Path), Int(location.Start.Line + 1), Int(location.Start.Character + 1));

    private static ExpressionSyntax DurationCall(string method, ExpressionSyntax duration, ExpressionSyntax number) =>
        Call(FixedMember(RuntimeNs + ".DurationMath", method), duration, number);

    private ExpressionSyntax GenerateSet(BoundSet set, Obligations.Syntax.SyntaxTree tree)
    {
        var setType = names.TypeOf(set.Type);
        if (set.Elements.Length == 0) return DefaultExpression(setType);
        ExpressionSyntax? bits = null;
        foreach (var element in set.Elements)
        {
            var bit = element is BoundEnumMember m
                ? Member(setType, names.Of(m.Member))
                : Cast(setType, Bit(Generate(element, tree)));
            bits = bits is null ? bit : Binary(SyntaxKind.BitwiseOrExpression, bits, bit);
        }
        return bits!;
    }
}
