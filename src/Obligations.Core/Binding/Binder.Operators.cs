using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// Unary and binary operators, and the unit rules: money only meets money of the same currency, durations
// meet durations, dates move by durations.
internal sealed partial class Binder
{
    private BoundExpression BindUnary(UnaryExpressionSyntax syntax, Symbol context)
    {
        if (syntax.Operator == UnaryOperator.Not)
            return new BoundUnary(syntax, OblType.Bool, UnaryOperator.Not, BindCondition(syntax.Operand, context));
        var operand = BindExpression(syntax.Operand, context);
        if (operand.Type.IsError || operand.Type.IsNumeric || operand.Type is MoneyType || operand.Type == OblType.Duration)
            return new BoundUnary(syntax, operand.Type, UnaryOperator.Negate, operand);
        Report(DiagnosticDescriptors.UnaryOperatorType, Loc(context, syntax.Span), "-", operand.Type.Display);
        return new BoundUnary(syntax, OblType.Error, UnaryOperator.Negate, operand);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax, Symbol context)
    {
        if (syntax.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var l = BindCondition(syntax.Left, context);
            var r = BindCondition(syntax.Right, context);
            return new BoundBinary(syntax, OblType.Bool, l, syntax.Operator, r);
        }
        BoundExpression left, right;
        if (syntax.Operator is BinaryOperator.In or BinaryOperator.NotIn)
        {
            if (syntax.Right is SetExpressionSyntax)
            {
                left = BindExpression(syntax.Left, context);
                right = BindExpression(syntax.Right, context, new SetType(left.Type));
            }
            else
            {
                right = BindExpression(syntax.Right, context);
                left = BindExpression(syntax.Left, context, right.Type is SetType s ? s.Element : null);
            }
            if (left.Type.IsError || right.Type.IsError) return new BoundBinary(syntax, OblType.Bool, left, syntax.Operator, right);
            if (right.Type is not SetType set || !IsAssignable(left.Type, set.Element))
                Report(DiagnosticDescriptors.OperatorTypes, Loc(context, syntax.OperatorSpan), syntax.OperatorText, left.Type.Display, right.Type.Display);
            return new BoundBinary(syntax, OblType.Bool, left, syntax.Operator, right);
        }
        if (syntax.Left is NameExpressionSyntax n && !_byName.ContainsKey(n.Identifier.Text))
        {
            right = BindExpression(syntax.Right, context);
            left = BindExpression(syntax.Left, context, right.Type);
        }
        else
        {
            left = BindExpression(syntax.Left, context);
            right = BindExpression(syntax.Right, context, left.Type);
        }
        if (syntax.Operator == BinaryOperator.Divide && right is BoundLiteral { Value: decimal zero } && zero == 0m)
            Report(DiagnosticDescriptors.DivisionByZero, Loc(context, syntax.Right.Span));
        var type = BinaryResultType(syntax, left.Type, right.Type, context);
        return new BoundBinary(syntax, type, left, syntax.Operator, right);
    }

    private OblType BinaryResultType(BinaryExpressionSyntax syntax, OblType l, OblType r, Symbol context)
    {
        if (l.IsError || r.IsError) return OblType.Error;
        var result = TryBinaryType(syntax.Operator, l, r);
        if (result is not null) return result;
        var location = Loc(context, syntax.OperatorSpan);
        if (l is MoneyType lm && r is MoneyType rm && lm.Currency != rm.Currency)
            Report(DiagnosticDescriptors.CurrencyMismatch, location, syntax.OperatorText, lm.Currency, rm.Currency);
        else if (l is EnumType le && le == r && !le.Symbol.IsOrdered)
            Report(DiagnosticDescriptors.EnumNotOrdered, location, syntax.OperatorText, le.Symbol.Name);
        else if (IsQuantity(l) && IsQuantity(r) && QuantityFamily(l) != QuantityFamily(r))
            Report(DiagnosticDescriptors.UnitMismatch, location, syntax.OperatorText, l.Display, r.Display);
        else
            Report(DiagnosticDescriptors.OperatorTypes, location, syntax.OperatorText, l.Display, r.Display);
        return syntax.Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual ? OblType.Bool : OblType.Error;
    }

    private static bool IsQuantity(OblType t) => t.IsNumeric || t is MoneyType || t == OblType.Duration || t == OblType.Date;

    private static string QuantityFamily(OblType t) => t switch
    {
        MoneyType m => "money:" + m.Currency,
        _ when t.IsNumeric => "number",
        _ => t.Display,
    };

    /// <summary>The result type of an operator on two operand types (from the one operator table), or null when the combination is not allowed.</summary>
    internal static OblType? TryBinaryType(BinaryOperator op, OblType l, OblType r) =>
        Lowering.OperatorTable.Find(op, l, r) is { } row ? row.Result(l, r) : null;
}
