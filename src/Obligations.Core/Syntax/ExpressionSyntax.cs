using System.Collections.Immutable;

namespace Obligations.Syntax;

// Expression nodes. Operators are kept as enums; spans of the operator tokens are kept where a
// diagnostic points at the operator.

public abstract record ExpressionSyntax : SyntaxNode;

/// <summary>Stands where an expression was expected but none was written.</summary>
public sealed record MissingExpressionSyntax : ExpressionSyntax;

public enum LiteralKind { Number, Text, Date, Boolean }

/// <summary>A literal. <see cref="Value"/> is a decimal, string, DateTimeOffset or bool; null when malformed.</summary>
public sealed record LiteralExpressionSyntax(LiteralKind Kind, string Text, object? Value, IdentifierSyntax? Unit) : ExpressionSyntax;

public sealed record NameExpressionSyntax(IdentifierSyntax Identifier) : ExpressionSyntax;

public sealed record NowExpressionSyntax : ExpressionSyntax;

public sealed record MemberAccessExpressionSyntax(ExpressionSyntax Target, IdentifierSyntax Member) : ExpressionSyntax;

public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner) : ExpressionSyntax;

public sealed record SetExpressionSyntax(ImmutableArray<ExpressionSyntax> Elements) : ExpressionSyntax;

public enum UnaryOperator { Negate, Not }

public sealed record UnaryExpressionSyntax(UnaryOperator Operator, ExpressionSyntax Operand) : ExpressionSyntax;

public enum BinaryOperator { Or, And, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, NotIn, Add, Subtract, Multiply, Divide }

public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, BinaryOperator Operator, Obligations.Text.TextSpan OperatorSpan, ExpressionSyntax Right) : ExpressionSyntax
{
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
}

/// <summary><c>match [subject] { arms }</c>.</summary>
public sealed record MatchExpressionSyntax(ExpressionSyntax? Subject, ImmutableArray<MatchArmSyntax> Arms) : ExpressionSyntax;

public sealed record MatchArmSyntax(PatternSyntax Pattern, ExpressionSyntax Value) : SyntaxNode;

public abstract record PatternSyntax : SyntaxNode;

/// <summary><c>when cond =&gt;</c> in a match without subject.</summary>
public sealed record GuardPatternSyntax(ExpressionSyntax Condition) : PatternSyntax;

public sealed record ElsePatternSyntax : PatternSyntax;

/// <summary><c>a | b =&gt;</c>.</summary>
public sealed record ValuePatternSyntax(ImmutableArray<ExpressionSyntax> Values) : PatternSyntax;
