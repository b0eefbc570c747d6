namespace Obligations.Testing.Generation;

/// <summary>A type of the generator's own model; <see cref="Enum"/> is set for enums and sets, <see cref="Record"/> for records.</summary>
public sealed record GenType(TypeKind Kind, string? Currency = null, GenEnum? Enum = null, GenRecord? Record = null)
{
    public static readonly GenType Bool = new(TypeKind.Bool);
    public static readonly GenType Int = new(TypeKind.Int);
    public static readonly GenType Decimal = new(TypeKind.Decimal);
    public static readonly GenType Duration = new(TypeKind.Duration);
    public static readonly GenType Date = new(TypeKind.Date);
    public static readonly GenType Text = new(TypeKind.Text);

    public static GenType Money(string currency) => new(TypeKind.Money, Currency: currency);

    public static GenType EnumOf(GenEnum e) => new(TypeKind.Enum, Enum: e);

    public static GenType SetOf(GenEnum e) => new(TypeKind.Set, Enum: e);

    public static GenType RecordOf(GenRecord r) => new(TypeKind.Record, Record: r);

    public bool IsNumeric => Kind is TypeKind.Int or TypeKind.Decimal;

    /// <summary>How the type is written in .obl.</summary>
    public string Syntax => Kind switch
    {
        TypeKind.Money => "money " + Currency,
        TypeKind.Enum => Enum!.Name,
        TypeKind.Set => "set of " + Enum!.Name,
        TypeKind.Record => Record!.Name,
        _ => Kind.ToString().ToLowerInvariant(),
    };

    // Enums and records compare by name: a model never declares two of one name.
    public bool Equals(GenType? other) =>
        other is not null && Kind == other.Kind && Currency == other.Currency && Enum?.Name == other.Enum?.Name && Record?.Name == other.Record?.Name;

    public override int GetHashCode() => HashCode.Combine(Kind, Currency, Enum?.Name, Record?.Name);

    public override string ToString() => Syntax;
}
