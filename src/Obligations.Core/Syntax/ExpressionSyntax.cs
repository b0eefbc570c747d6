using System.Collections.Immutable;

namespace Obligations.Syntax;

// Expression nodes. Operators are kept as enums; spans of the operator tokens are kept where a
// diagnostic points at the operator.

public abstract class ExpressionSyntax : SyntaxNode;

/// <summary>Stands where an expression was expected but none was written (or one nested too deeply to keep).</summary>
public sealed class MissingExpressionSyntax : ExpressionSyntax
{
    internal override void AppendChildren(List<SyntaxNode> children) { }
}

public enum LiteralKind { Number, Text, Date, Boolean }

/// <summary>A literal. <see cref="Value"/> is a decimal, string, DateTimeOffset or bool; null when malformed.</summary>
public sealed class LiteralExpressionSyntax(LiteralKind kind, string text, object? value, IdentifierSyntax? unit) : ExpressionSyntax
{
    public LiteralKind Kind { get; } = kind;
    public string Text { get; } = text;
    public object? Value { get; } = value;
    public IdentifierSyntax? Unit { get; } = unit;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Unit);
}

public sealed class NameExpressionSyntax(IdentifierSyntax identifier) : ExpressionSyntax
{
    public IdentifierSyntax Identifier { get; } = identifier;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Identifier);
}

public sealed class NowExpressionSyntax : ExpressionSyntax
{
    internal override void AppendChildren(List<SyntaxNode> children) { }
}

public sealed class MemberAccessExpressionSyntax(ExpressionSyntax target, IdentifierSyntax member) : ExpressionSyntax
{
    public ExpressionSyntax Target { get; } = target;
    public IdentifierSyntax Member { get; } = member;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Target);
        children.Add(Member);
    }
}

public sealed class ParenthesizedExpressionSyntax(ExpressionSyntax inner) : ExpressionSyntax
{
    public ExpressionSyntax Inner { get; } = inner;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Inner);
}

public sealed class SetExpressionSyntax(ImmutableArray<ExpressionSyntax> elements) : ExpressionSyntax
{
    public ImmutableArray<ExpressionSyntax> Elements { get; } = elements;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Elements);
}

public enum UnaryOperator { Negate, Not }

public sealed class UnaryExpressionSyntax(UnaryOperator @operator, ExpressionSyntax operand) : ExpressionSyntax
{
    public UnaryOperator Operator { get; } = @operator;
    public ExpressionSyntax Operand { get; } = operand;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Operand);
}

public enum BinaryOperator { Or, And, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, NotIn, Add, Subtract, Multiply, Divide }

public sealed class BinaryExpressionSyntax(ExpressionSyntax left, BinaryOperator @operator, Obligations.Text.TextSpan operatorSpan, ExpressionSyntax right) : ExpressionSyntax
{
    public ExpressionSyntax Left { get; } = left;
    public BinaryOperator Operator { get; } = @operator;
    public Obligations.Text.TextSpan OperatorSpan { get; } = operatorSpan;
    public ExpressionSyntax Right { get; } = right;

    public string OperatorText => Operator switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "not in",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Left);
        children.Add(Right);
    }
}

/// <summary><c>match [subject] { arms }</c>.</summary>
public sealed class MatchExpressionSyntax(ExpressionSyntax? subject, ImmutableArray<MatchArmSyntax> arms) : ExpressionSyntax
{
    public ExpressionSyntax? Subject { get; } = subject;
    public ImmutableArray<MatchArmSyntax> Arms { get; } = arms;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        Add(children, Subject);
        Add(children, Arms);
    }
}

public sealed class MatchArmSyntax(PatternSyntax pattern, ExpressionSyntax value) : SyntaxNode
{
    public PatternSyntax Pattern { get; } = pattern;
    public ExpressionSyntax Value { get; } = value;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Pattern);
        children.Add(Value);
    }
}

public abstract class PatternSyntax : SyntaxNode;

/// <summary><c>when cond =&gt;</c> in a match without subject.</summary>
public sealed class GuardPatternSyntax(ExpressionSyntax condition) : PatternSyntax
{
    public ExpressionSyntax Condition { get; } = condition;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Condition);
}

public sealed class ElsePatternSyntax : PatternSyntax
{
    internal override void AppendChildren(List<SyntaxNode> children) { }
}

/// <summary><c>a | b =&gt;</c>.</summary>
public sealed class ValuePatternSyntax(ImmutableArray<ExpressionSyntax> values) : PatternSyntax
{
    public ImmutableArray<ExpressionSyntax> Values { get; } = values;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Values);
}
