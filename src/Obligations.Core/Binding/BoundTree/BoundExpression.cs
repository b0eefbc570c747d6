using System.Collections.Immutable;
using Obligations.Syntax;

namespace Obligations.Binding;

// The bound tree: expressions with their symbols resolved and their types known. Emit, analyses and the
// editor read these; none of them re-binds.

public abstract record BoundExpression(ExpressionSyntax Syntax, OblType Type);

/// <summary>
/// A constant. <see cref="Value"/> is bool, decimal (int, decimal and money amounts), TimeSpan (durations),
/// DateTimeOffset (dates) or string (text).
/// </summary>
public sealed record BoundLiteral(ExpressionSyntax Syntax, OblType Type, object Value) : BoundExpression(Syntax, Type);

/// <summary>A reference to a fact, define, threshold or trigger.</summary>
public sealed record BoundSymbolReference(ExpressionSyntax Syntax, OblType Type, Symbol Symbol) : BoundExpression(Syntax, Type);

public sealed record BoundEnumMember(ExpressionSyntax Syntax, EnumMemberSymbol Member) : BoundExpression(Syntax, Member.Enum.Type);

public sealed record BoundFieldAccess(ExpressionSyntax Syntax, BoundExpression Target, FieldSymbol Field) : BoundExpression(Syntax, Field.Type);

public sealed record BoundNow(ExpressionSyntax Syntax) : BoundExpression(Syntax, OblType.Date);

public sealed record BoundUnary(ExpressionSyntax Syntax, OblType Type, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Syntax, Type);

public sealed record BoundBinary(ExpressionSyntax Syntax, OblType Type, BoundExpression Left, BinaryOperator Operator, BoundExpression Right)
    : BoundExpression(Syntax, Type);

public sealed record BoundSet(ExpressionSyntax Syntax, OblType Type, ImmutableArray<BoundExpression> Elements) : BoundExpression(Syntax, Type);

public sealed record BoundMatch(ExpressionSyntax Syntax, OblType Type, BoundExpression? Subject, ImmutableArray<BoundMatchArm> Arms)
    : BoundExpression(Syntax, Type)
{
    public bool HasElse => Arms.Any(a => a.IsElse);
}

/// <summary>
/// One arm: an <c>else</c>, a guard (<see cref="Guard"/>) or values compared with the subject (<see cref="Values"/>).
/// </summary>
public sealed record BoundMatchArm(MatchArmSyntax Syntax, bool IsElse, BoundExpression? Guard, ImmutableArray<BoundExpression> Values, BoundExpression Value);

/// <summary>Something that could not be bound; already reported.</summary>
public sealed record BoundError(ExpressionSyntax Syntax) : BoundExpression(Syntax, OblType.Error);
