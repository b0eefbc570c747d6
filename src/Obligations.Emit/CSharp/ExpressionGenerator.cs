using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

/// <summary>
/// IR expressions to C# expressions over typed fields: int is <c>long</c>, decimal and money are
/// <c>decimal</c>, durations <c>TimeSpan</c>, dates <c>DateTimeOffset</c>, sets are flags enums. One case per
/// <see cref="IrOperator"/>, with the meaning docs/ir.md gives it (the interpreter's); nothing here allocates at
/// evaluation time.
/// </summary>
internal sealed partial class ExpressionGenerator(GeneratedNames names)
{
    public static readonly IdentifierNameSyntax Facts = IdentifierName("facts");
    public static readonly IdentifierNameSyntax Now = IdentifierName("now");

    public ExpressionSyntax Generate(IrExpression expression) => expression switch
    {
        IrConstant c => Constant(c),
        IrFactReference f => Member(Facts, names.Of(f.Fact)),
        IrValueReference v => CSharpIdentifiers.Name(names.Of(v.Value)),
        IrFieldAccess f => Member(Paren(Generate(f.Target)), names.Of(f.Field)),
        IrNow => Now,
        IrUnary u => Unary(u),
        IrBinary b => GenerateBinary(b),
        IrLogical l => Logical(l),
        IrSetLiteral s => GenerateSet(s),
        IrMatch m => GenerateMatch(m),
        IrInvalid invalid => throw new InvalidOperationException($"Internal error: an invalid expression reached the emitter at {invalid.Source}: {invalid.Reason}"),
        _ => throw new InvalidOperationException($"Cannot emit {expression.GetType().Name} at {expression.Source}"),
    };

    public ExpressionSyntax EnumMember(IrEnumMember member) =>
        Member(names.Type(names.Of(member.Enum)), names.Of(member));

    private ExpressionSyntax Constant(IrConstant constant) => constant.Value switch
    {
        bool b => Bool(b),
        decimal d when constant.Type == IrType.Int => Long((long)d),
        decimal d => Decimal(d),
        long l when constant.Type == IrType.Int => Long(l),
        long l => Decimal(l),
        TimeSpan t => New(FixedType("global::System.TimeSpan"), Long(t.Ticks)),
        DateTimeOffset d => New(FixedType("global::System.DateTimeOffset"), Long(d.Ticks),
            d.Offset == TimeSpan.Zero ? FixedMember("global::System.TimeSpan", "Zero") : New(FixedType("global::System.TimeSpan"), Long(d.Offset.Ticks))),
        string s => Str(s),
        IrEnumMember m => EnumMember(m),
        _ => throw new InvalidOperationException($"Unexpected constant {constant.Value.GetType().Name} at {constant.Source}"),
    };

    private ExpressionSyntax Unary(IrUnary u)
    {
        var operand = Generate(u.Operand);
        return u.Operator switch
        {
            IrOperator.Not => Not(operand),
            IrOperator.IntToDecimal => Cast(Predefined(SyntaxKind.DecimalKeyword), operand),
            IrOperator.IntNegate => Checked(Negate(operand)),
            IrOperator.DecimalNegate or IrOperator.DurationNegate => Negate(operand),
            _ => throw new InvalidOperationException($"{u.Operator} is not a unary operator ({u.Source})"),
        };
    }

    private ExpressionSyntax GenerateBinary(IrBinary b)
    {
        var left = Generate(b.Left);
        var right = Generate(b.Right);
        // Exhaustive over IrOperator: the operator table test fails if an operator it names has no case here.
        return b.Operator switch
        {
            IrOperator.IntAdd => Checked(Binary(SyntaxKind.AddExpression, left, right)),
            IrOperator.IntSubtract => Checked(Binary(SyntaxKind.SubtractExpression, left, right)),
            IrOperator.IntMultiply => Checked(Binary(SyntaxKind.MultiplyExpression, left, right)),
            IrOperator.DecimalAdd or IrOperator.DurationAdd => Binary(SyntaxKind.AddExpression, left, right),
            IrOperator.DecimalSubtract or IrOperator.DurationSubtract or IrOperator.DateDifference => Binary(SyntaxKind.SubtractExpression, left, right),
            // Leaving 0001–9999 is an evaluation error naming the place, as in the interpreter.
            IrOperator.DateAddDuration => Placed(RuntimeNs + ".DateMath", "Add", left, right, b.Source),
            IrOperator.DateSubtractDuration => Placed(RuntimeNs + ".DateMath", "Subtract", left, right, b.Source),
            IrOperator.DecimalMultiply => Binary(SyntaxKind.MultiplyExpression, left, right),
            IrOperator.DecimalDivide => Placed(RuntimeNs + ".Arithmetic", "Divide", left, right, b.Source),
            IrOperator.DurationMultiply => Call(FixedMember(RuntimeNs + ".DurationMath", "Multiply"), left, right),
            IrOperator.DurationDivide => Placed(RuntimeNs + ".DurationMath", "Divide", left, right, b.Source),
            IrOperator.DurationRatio => Placed(RuntimeNs + ".DurationMath", "Ratio", left, right, b.Source),
            IrOperator.Equal => Binary(SyntaxKind.EqualsExpression, left, right),
            IrOperator.NotEqual => Binary(SyntaxKind.NotEqualsExpression, left, right),
            IrOperator.Less => Binary(SyntaxKind.LessThanExpression, left, right),
            IrOperator.LessOrEqual => Binary(SyntaxKind.LessThanOrEqualExpression, left, right),
            IrOperator.Greater => Binary(SyntaxKind.GreaterThanExpression, left, right),
            IrOperator.GreaterOrEqual => Binary(SyntaxKind.GreaterThanOrEqualExpression, left, right),
            IrOperator.In => Membership(left, right, SyntaxKind.NotEqualsExpression),
            IrOperator.NotIn => Membership(left, right, SyntaxKind.EqualsExpression),
            IrOperator.Not or IrOperator.IntToDecimal or IrOperator.IntNegate or IrOperator.DecimalNegate or IrOperator.DurationNegate =>
                throw new InvalidOperationException($"{b.Operator} is not a binary operator ({b.Source})"),
            _ => throw new InvalidOperationException($"No C# for operator {b.Operator} ({b.Source})"),
        };
    }

    /// <summary>And/or, left to right with short-circuit, as the IR defines.</summary>
    private ExpressionSyntax Logical(IrLogical logical)
    {
        var kind = logical.IsAnd ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression;
        return logical.Operands.IsEmpty
            ? Bool(logical.IsAnd)
            : logical.Operands.Select(Generate).Aggregate((a, b) => Binary(kind, a, b));
    }

    /// <summary><c>checked(…)</c>: int overflow is an evaluation error whatever the host's overflow setting.</summary>
    private static ExpressionSyntax Checked(ExpressionSyntax e) => CheckedExpression(SyntaxKind.CheckedExpression, e);

    private static ExpressionSyntax Negate(ExpressionSyntax e) => PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Paren(e));

    /// <summary><c>((ulong)set &amp; (1UL &lt;&lt; (int)member)) != 0UL</c>: one bit test.</summary>
    private static ExpressionSyntax Membership(ExpressionSyntax element, ExpressionSyntax set, SyntaxKind comparison) =>
        Binary(comparison,
            Binary(SyntaxKind.BitwiseAndExpression, Cast(Predefined(SyntaxKind.ULongKeyword), set), Bit(element)),
            LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0UL)));

    private static ExpressionSyntax Bit(ExpressionSyntax member) =>
        Binary(SyntaxKind.LeftShiftExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1UL)),
            Cast(Predefined(SyntaxKind.IntKeyword), member));

    /// <summary>A runtime operation that can fail, given the place in the rules to name when it does.</summary>
    private static ExpressionSyntax Placed(string type, string method, ExpressionSyntax left, ExpressionSyntax right, IrSource source) =>
        Call(FixedMember(type, method), left, right, Str(source.Path), Int(source.Line), Int(source.Column));

    private ExpressionSyntax GenerateSet(IrSetLiteral set)
    {
        var setType = names.TypeOf(set.Type);
        if (set.Elements.IsEmpty) return DefaultExpression(setType);
        ExpressionSyntax? bits = null;
        foreach (var element in set.Elements)
        {
            var bit = element is IrConstant { Value: IrEnumMember m }
                ? Member(setType, names.Of(m))
                : Cast(setType, Bit(Generate(element)));
            bits = bits is null ? bit : Binary(SyntaxKind.BitwiseOrExpression, bits, bit);
        }
        return bits!;
    }
}
