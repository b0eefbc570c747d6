using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Analysis.Evaluation;

/// <summary>
/// Evaluates bound expressions directly on a <see cref="Situation"/>, following the language's semantics.
/// The analyses use it to re-check every scenario the solver returns before reporting it.
/// </summary>
public sealed class BoundInterpreter(Situation situation)
{
    public bool Condition(BoundExpression expression) => (bool)Evaluate(expression);

    /// <summary>All 'when' conditions of the rule hold.</summary>
    public bool Triggered(RuleSymbol rule) => rule.Conditions.All(c => Condition(c.Expression));

    /// <summary>The rule applies: triggered and no 'unless' exception holds.</summary>
    public bool Applies(RuleSymbol rule) => Triggered(rule) && !rule.Exceptions.Any(e => Condition(e.Expression));

    public object Evaluate(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundSymbolReference reference => EvaluateSymbol(reference.Symbol),
        BoundFieldAccess access => ((IReadOnlyDictionary<string, object>)Evaluate(access.Target)).TryGetValue(access.Field.Name, out var v)
            ? v : throw new InterpreterException($"no value for field '{access.Field.Name}'"),
        BoundEnumMember member => member.Member,
        BoundNow => situation.Now,
        BoundUnary { Operator: UnaryOperator.Not } unary => !Condition(unary.Operand),
        BoundUnary unary => Arithmetic.Negate(Evaluate(unary.Operand)),
        BoundBinary binary => EvaluateBinary(binary),
        BoundSet set => set.Elements.Select(e => (EnumMemberSymbol)Evaluate(e)).ToImmutableHashSet(),
        BoundMatch match => EvaluateMatch(match),
        _ => throw new InterpreterException("the expression has an error"),
    };

    private object EvaluateSymbol(Symbol symbol) => symbol switch
    {
        FactSymbol fact => situation.Facts.TryGetValue(fact.Name, out var value) ? value : throw new InterpreterException($"no value for fact '{fact.Name}'"),
        DefineSymbol { Value: { } value } => Evaluate(value),
        ThresholdSymbol threshold => threshold.Quantifier == ThresholdQuantifier.All
            ? threshold.Criteria.All(c => Condition(c.Condition!))
            : threshold.Criteria.Any(c => Condition(c.Condition!)),
        TriggerSymbol { Condition: { } condition } => Condition(condition),
        _ => throw new InterpreterException($"'{symbol.Name}' cannot be evaluated"),
    };

    private object EvaluateBinary(BoundBinary binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And: return Condition(binary.Left) && Condition(binary.Right);
            case BinaryOperator.Or: return Condition(binary.Left) || Condition(binary.Right);
            case BinaryOperator.In: return Contains(binary);
            case BinaryOperator.NotIn: return !Contains(binary);
        }
        var (left, right) = (Evaluate(binary.Left), Evaluate(binary.Right));
        return binary.Operator switch
        {
            BinaryOperator.Equal => Arithmetic.AreEqual(left, right),
            BinaryOperator.NotEqual => !Arithmetic.AreEqual(left, right),
            BinaryOperator.Less => Arithmetic.Compare(left, right) < 0,
            BinaryOperator.LessOrEqual => Arithmetic.Compare(left, right) <= 0,
            BinaryOperator.Greater => Arithmetic.Compare(left, right) > 0,
            BinaryOperator.GreaterOrEqual => Arithmetic.Compare(left, right) >= 0,
            BinaryOperator.Add => Arithmetic.Add(left, right),
            BinaryOperator.Subtract => Arithmetic.Subtract(left, right),
            BinaryOperator.Multiply => Arithmetic.Multiply(left, right),
            _ => Arithmetic.Divide(left, right),
        };
    }

    private bool Contains(BoundBinary binary) =>
        ((IEnumerable<EnumMemberSymbol>)Evaluate(binary.Right)).Contains((EnumMemberSymbol)Evaluate(binary.Left));

    private object EvaluateMatch(BoundMatch match)
    {
        var subject = match.Subject is null ? null : Evaluate(match.Subject);
        foreach (var arm in match.Arms)
        {
            var taken = arm.IsElse
                || (arm.Guard is not null ? Condition(arm.Guard) : arm.Values.Any(v => Arithmetic.AreEqual(subject!, Evaluate(v))));
            if (taken) return Evaluate(arm.Value);
        }
        throw new InterpreterException("no case of a match applies");
    }
}
