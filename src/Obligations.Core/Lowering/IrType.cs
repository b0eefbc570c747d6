namespace Obligations.Lowering;

public enum IrTypeKind { Bool, Int, Decimal, Money, Duration, Date, Text, Enum, Record, Set }

/// <summary>
/// A value type of the rule IR. Primitive types compare by value (two <c>money USD</c> are equal); enum and record
/// types by the declaration they name. Every IR expression has one; none is ever an error type.
/// </summary>
public sealed record IrType(IrTypeKind Kind, string? Currency = null, IrEnum? Enum = null, IrRecord? Record = null, IrType? Element = null)
{
    public static readonly IrType Bool = new(IrTypeKind.Bool);
    public static readonly IrType Int = new(IrTypeKind.Int);
    public static readonly IrType Decimal = new(IrTypeKind.Decimal);
    public static readonly IrType Duration = new(IrTypeKind.Duration);
    public static readonly IrType Date = new(IrTypeKind.Date);
    public static readonly IrType Text = new(IrTypeKind.Text);

    public static IrType Money(string currency) => new(IrTypeKind.Money, Currency: currency);
    public static IrType EnumOf(IrEnum e) => new(IrTypeKind.Enum, Enum: e);
    public static IrType RecordOf(IrRecord r) => new(IrTypeKind.Record, Record: r);
    public static IrType SetOf(IrType element) => new(IrTypeKind.Set, Element: element);

    /// <summary>Int, decimal and money: values that are numbers (money in its currency's units).</summary>
    public bool IsNumber => Kind is IrTypeKind.Int or IrTypeKind.Decimal or IrTypeKind.Money;

    public bool Equals(IrType? other) => other is not null && Kind == other.Kind && Currency == other.Currency
        && ReferenceEquals(Enum, other.Enum) && ReferenceEquals(Record, other.Record) && Equals(Element, other.Element);

    public override int GetHashCode() => HashCode.Combine(Kind, Currency, Enum?.Name, Record?.Name, Element);

    public override string ToString() => Kind switch
    {
        IrTypeKind.Money => $"money {Currency}",
        IrTypeKind.Enum => Enum!.Name,
        IrTypeKind.Record => Record!.Name,
        IrTypeKind.Set => $"set of {Element}",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
