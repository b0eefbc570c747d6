using System.Runtime.CompilerServices;
using Obligations.Lowering;

namespace Obligations.Interpretation;

// Expressions. And/or short-circuit left to right, a match evaluates its subject once and its arms in order,
// as the generated C# does, so both meet the same errors.
public sealed partial class IrInterpreter
{
    private object Value(IrExpression expression)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new IrEvaluationException("the expression is nested too deeply to evaluate", expression.Source);
        switch (expression)
        {
            case IrConstant c:
                return c.Type == IrType.Int ? (long)(decimal)c.Value : c.Value;
            case IrFactReference f:
                return _facts[f.Fact] ?? throw new IrEvaluationException($"no value for fact '{f.Fact.Name}'", f.Source);
            case IrValueReference v:
                return _values[v.Value.Index] ?? throw new IrEvaluationException($"'{v.Value.Name}' is read before it is computed", v.Source);
            case IrFieldAccess a:
                var record = (object?[])Value(a.Target);
                return record[a.Field.Index] ?? throw new IrEvaluationException($"no value for field '{a.Field.Name}'", a.Source);
            case IrNow:
                return _now;
            case IrUnary u:
                return Operators.Unary(u.Operator, Value(u.Operand), u.Source);
            case IrLogical l:
                foreach (var operand in l.Operands)
                    if (Bool(operand) != l.IsAnd) return !l.IsAnd;
                return l.IsAnd;
            case IrBinary b:
                return Operators.Binary(b.Operator, Value(b.Left), Value(b.Right), b.Source);
            case IrSetLiteral s:
                var bits = 0UL;
                foreach (var e in s.Elements) bits |= 1UL << ((IrEnumMember)Value(e)).Ordinal;
                return bits;
            case IrMatch m:
                return Match(m);
            case IrInvalid invalid:
                throw new IrEvaluationException(invalid.Reason, invalid.Source);
            default:
                throw new IrEvaluationException($"no meaning for {expression.GetType().Name}", expression.Source);
        }
    }

    private object Match(IrMatch match)
    {
        var subject = match.Subject is null ? null : Value(match.Subject);
        foreach (var arm in match.Arms)
        {
            var taken = arm.IsElse || (arm.Guard is not null
                ? Bool(arm.Guard)
                : arm.Values.Any(v => (bool)Operators.Binary(IrOperator.Equal, subject!, Value(v), arm.Source)));
            if (taken) return Value(arm.Value);
        }
        throw new IrEvaluationException("no case of the match applies", match.Source);
    }
}
