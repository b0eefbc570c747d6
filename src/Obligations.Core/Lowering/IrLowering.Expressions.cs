using System.Runtime.CompilerServices;
using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Lowering;

// Bound expressions to IR expressions: operators through the one operator table, conversions explicit,
// and/or chains flattened without recursion.
public sealed partial class IrLowering
{
    /// <summary>An expression used as a condition; one that is not true/false (already reported) has no meaning.</summary>
    internal IrExpression Condition(BoundExpression bound, Symbol owner)
    {
        var expression = Expression(bound, owner);
        return expression.Type == IrType.Bool || expression is IrInvalid
            ? expression
            : new IrInvalid(IrType.Bool, expression.Source, "a condition that is not true or false");
    }

    internal IrExpression Expression(BoundExpression bound, Symbol owner)
    {
        var source = SourceOf(owner, bound.Syntax);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return new IrInvalid(TypeOf(bound.Type), source, "the expression is nested too deeply");
        if (bound.Type.IsError && bound is not BoundMatch)
            return new IrInvalid(IrType.Bool, source, "the expression has an error");
        switch (bound)
        {
            case BoundLiteral l:
                return new IrConstant(TypeOf(l.Type), source, l.Value);
            case BoundSymbolReference { Symbol: FactSymbol f }:
                return new IrFactReference((IrFact)_map[f], source);
            case BoundSymbolReference r when _map.TryGetValue(r.Symbol, out var v) && v is IrValue value:
                return new IrValueReference(value, source);
            case BoundEnumMember m:
                return new IrConstant(TypeOf(m.Type), source, (IrEnumMember)_map[m.Member]);
            case BoundFieldAccess a:
                return new IrFieldAccess(Expression(a.Target, owner), (IrField)_map[a.Field], source);
            case BoundNow:
                return new IrNow(source);
            case BoundUnary { Operator: UnaryOperator.Not } u:
                return new IrUnary(IrType.Bool, source, IrOperator.Not, Condition(u.Operand, owner));
            case BoundUnary u when OperatorTable.Negation(u.Operand.Type) is { } negation:
                return new IrUnary(TypeOf(u.Type), source, negation, Expression(u.Operand, owner));
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } b:
                return Logical(b, owner, source);
            case BoundBinary { Operator: BinaryOperator.In or BinaryOperator.NotIn } b:
                return new IrBinary(IrType.Bool, source, b.Operator == BinaryOperator.In ? IrOperator.In : IrOperator.NotIn,
                    Expression(b.Left, owner), Expression(b.Right, owner));
            case BoundBinary b when OperatorTable.Find(b.Operator, b.Left.Type, b.Right.Type) is { } row:
                var left = Convert(Expression(b.Left, owner), row.LeftConversion);
                var right = Convert(Expression(b.Right, owner), row.RightConversion);
                if (row.Swap) (left, right) = (right, left);
                return new IrBinary(TypeOf(row.Result(b.Left.Type, b.Right.Type)), source, row.Operator, left, right);
            case BoundSet s:
                return new IrSetLiteral(TypeOf(s.Type), source, [.. s.Elements.Select(e => Expression(e, owner))]);
            case BoundMatch m when !m.Type.IsError:
                return Match(m, owner, source);
            default:
                return new IrInvalid(TypeOf(bound.Type), source, "the expression has an error");
        }
    }

    /// <summary>A chain <c>a and b and c</c> as one node; nested chains of the same kind are flattened on a stack.</summary>
    private IrExpression Logical(BoundBinary root, Symbol owner, IrSource source)
    {
        var operands = new List<IrExpression>();
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is BoundBinary b && b.Operator == root.Operator)
            {
                stack.Push(b.Right);
                stack.Push(b.Left);
            }
            else operands.Add(Condition(node, owner));
        }
        return new IrLogical(source, root.Operator == BinaryOperator.And, [.. operands]);
    }

    private IrExpression Match(BoundMatch m, Symbol owner, IrSource source)
    {
        var type = TypeOf(m.Type);
        var subject = m.Subject is null ? null : Expression(m.Subject, owner);
        // Values compared with an int subject may be decimals: compare as decimals then.
        var compareType = subject?.Type;
        if (subject is not null && subject.Type == IrType.Int && m.Arms.Any(a => a.Values.Any(v => v.Type == OblType.Decimal)))
        {
            compareType = IrType.Decimal;
            subject = Coerce(subject, IrType.Decimal);
        }
        var arms = m.Arms.Select(a => new IrMatchArm(SourceOf(owner, a.Syntax), a.IsElse,
            a.Guard is null ? null : Condition(a.Guard, owner),
            [.. a.Values.Select(v => compareType is null ? Expression(v, owner) : Coerce(Expression(v, owner), compareType))],
            Coerce(Expression(a.Value, owner), type)));
        return new IrMatch(type, source, subject, [.. arms]);
    }

    private static IrExpression Convert(IrExpression expression, OperandConversion conversion) =>
        conversion == OperandConversion.IntToDecimal && expression.Type == IrType.Int
            ? new IrUnary(IrType.Decimal, expression.Source, IrOperator.IntToDecimal, expression)
            : expression;

    /// <summary>
    /// A define whose value has another type than the declared one (a type error the checker reports) lowers to
    /// IrInvalid, so no stage evaluates, say, an enum member where a bool is declared.
    /// </summary>
    internal static IrExpression Declared(IrExpression value, IrType declared) =>
        value is IrInvalid || value.Type == declared
            ? value
            : new IrInvalid(declared, value.Source, $"a value of type {value.Type} where {declared} is declared");

    /// <summary>An int where a decimal or money is expected is converted; everything else already has its type.</summary>
    internal static IrExpression Coerce(IrExpression expression, IrType target) =>
        expression.Type == IrType.Int && target.Kind is IrTypeKind.Decimal or IrTypeKind.Money
            ? expression is IrConstant c ? c with { Type = target } : new IrUnary(target, expression.Source, IrOperator.IntToDecimal, expression)
            : expression;
}
