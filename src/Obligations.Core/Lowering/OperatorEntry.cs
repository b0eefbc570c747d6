using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.Lowering;

/// <summary>How an operand is converted before the operator applies.</summary>
public enum OperandConversion { None, IntToDecimal }

/// <summary>
/// One row of the operator table: a written operator on two operand type classes, the result type, and the IR
/// operator that gives its meaning. <see cref="Swap"/> rows put the operands in the IR operator's canonical order
/// (a duration plus a date is DateAddDuration(date, duration)).
/// </summary>
public sealed record OperatorEntry(
    BinaryOperator Syntax,
    OperandClass Left,
    OperandClass Right,
    IrOperator Operator,
    Func<OblType, OblType, OblType> Result,
    OperandConversion LeftConversion = OperandConversion.None,
    OperandConversion RightConversion = OperandConversion.None,
    bool Swap = false)
{
    public bool Matches(OblType left, OblType right) => Left.Accepts(left) && Right.Accepts(right) && Left.Agrees(Right, left, right);

    public override string ToString() => $"{Left} {Syntax} {Right} -> {Operator}";
}

/// <summary>A class of operand types in the operator table.</summary>
public enum OperandClassKind { Int, Decimal, Number, Money, Duration, Date, OrderedEnum, Equatable }

public sealed record OperandClass(OperandClassKind Kind)
{
    public static readonly OperandClass Int = new(OperandClassKind.Int);
    public static readonly OperandClass Decimal = new(OperandClassKind.Decimal);
    /// <summary>Int or decimal.</summary>
    public static readonly OperandClass Number = new(OperandClassKind.Number);
    public static readonly OperandClass Money = new(OperandClassKind.Money);
    public static readonly OperandClass Duration = new(OperandClassKind.Duration);
    public static readonly OperandClass Date = new(OperandClassKind.Date);
    public static readonly OperandClass OrderedEnum = new(OperandClassKind.OrderedEnum);
    /// <summary>Bool, text, any enum or a set: compared for equality with a value of the very same type.</summary>
    public static readonly OperandClass Equatable = new(OperandClassKind.Equatable);

    public bool Accepts(OblType type) => Kind switch
    {
        OperandClassKind.Int => type == OblType.Int,
        OperandClassKind.Decimal => type == OblType.Decimal,
        OperandClassKind.Number => type.IsNumeric,
        OperandClassKind.Money => type is MoneyType,
        OperandClassKind.Duration => type == OblType.Duration,
        OperandClassKind.Date => type == OblType.Date,
        OperandClassKind.OrderedEnum => type is EnumType { Symbol.IsOrdered: true },
        _ => type == OblType.Bool || type == OblType.Text || type is EnumType or SetType,
    };

    /// <summary>Two money operands share a currency; enums and equatables are of one type.</summary>
    public bool Agrees(OperandClass other, OblType left, OblType right) =>
        Kind is OperandClassKind.Money && other.Kind is OperandClassKind.Money ? ((MoneyType)left).Currency == ((MoneyType)right).Currency
        : Kind is OperandClassKind.OrderedEnum or OperandClassKind.Equatable ? left == right
        : true;

    public override string ToString() => Kind.ToString().ToLowerInvariant();
}
