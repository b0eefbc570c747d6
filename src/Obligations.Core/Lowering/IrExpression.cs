using System.Collections.Immutable;

namespace Obligations.Lowering;

// IR expressions: typed, one node per operator, canonical operand order (a date plus a duration is always
// DateAddDuration(date, duration)), int operands converted explicitly where they meet decimals, and/or n-ary.
// Nodes are immutable and never refer to syntax or symbols.

public abstract record IrExpression(IrType Type, IrSource Source);

/// <summary>
/// A constant: bool, decimal (int, decimal and money), TimeSpan (durations), DateTimeOffset (dates), string,
/// an <see cref="IrEnumMember"/>.
/// </summary>
public sealed record IrConstant(IrType Type, IrSource Source, object Value) : IrExpression(Type, Source);

public sealed record IrFactReference(IrFact Fact, IrSource Source) : IrExpression(Fact.Type, Source);

/// <summary>The value of a define, trigger, threshold or criterion (computed once per evaluation).</summary>
public sealed record IrValueReference(IrValue Value, IrSource Source) : IrExpression(Value.Type, Source);

public sealed record IrFieldAccess(IrExpression Target, IrField Field, IrSource Source) : IrExpression(Field.Type, Source);

/// <summary>The evaluation instant.</summary>
public sealed record IrNow(IrSource Source) : IrExpression(IrType.Date, Source);

public sealed record IrUnary(IrType Type, IrSource Source, IrOperator Operator, IrExpression Operand) : IrExpression(Type, Source);

public sealed record IrBinary(IrType Type, IrSource Source, IrOperator Operator, IrExpression Left, IrExpression Right) : IrExpression(Type, Source);

/// <summary>All operands hold (<see cref="IsAnd"/>) or some operand holds; evaluated left to right, short-circuit.</summary>
public sealed record IrLogical(IrSource Source, bool IsAnd, ImmutableArray<IrExpression> Operands) : IrExpression(IrType.Bool, Source);

/// <summary>A set of enum members written out: <c>{a, b}</c>.</summary>
public sealed record IrSetLiteral(IrType Type, IrSource Source, ImmutableArray<IrExpression> Elements) : IrExpression(Type, Source);

/// <summary>
/// The first arm that matches gives the value. With a subject, an arm matches when the subject equals one of its
/// values; without, when its guard holds; an else arm always matches. No arm matching is an evaluation error
/// (only possible for a guarded match without else: the binder demands else or exhaustiveness otherwise).
/// </summary>
public sealed record IrMatch(IrType Type, IrSource Source, IrExpression? Subject, ImmutableArray<IrMatchArm> Arms) : IrExpression(Type, Source);

public sealed record IrMatchArm(IrSource Source, bool IsElse, IrExpression? Guard, ImmutableArray<IrExpression> Values, IrExpression Value);

/// <summary>
/// Something that has no meaning: an expression the binder reported, or a value that is part of a definition
/// cycle. Evaluating it is an error; the solver treats it as unknown; the emitter never sees one (emit needs no errors).
/// </summary>
public sealed record IrInvalid(IrType Type, IrSource Source, string Reason) : IrExpression(Type, Source);
