namespace Obligations.Binding;

/// <summary>A type of the language. Types are values: two <c>money USD</c> types are equal.</summary>
public abstract record OblType
{
    public static readonly OblType Bool = new PrimitiveType(PrimitiveKind.Bool);
    public static readonly OblType Int = new PrimitiveType(PrimitiveKind.Int);
    public static readonly OblType Decimal = new PrimitiveType(PrimitiveKind.Decimal);
    public static readonly OblType Duration = new PrimitiveType(PrimitiveKind.Duration);
    public static readonly OblType Date = new PrimitiveType(PrimitiveKind.Date);
    public static readonly OblType Text = new PrimitiveType(PrimitiveKind.Text);
    public static readonly OblType Error = new ErrorType();

    /// <summary>How the type reads in messages: "a duration", "money in USD", "enum Capacity".</summary>
    public abstract string Display { get; }

    public bool IsError => this is ErrorType;
    public bool IsNumeric => this is PrimitiveType { Kind: PrimitiveKind.Int or PrimitiveKind.Decimal };

    public static OblType Money(string currency) => new MoneyType(currency);

    public override string ToString() => Display;
}

public enum PrimitiveKind { Bool, Int, Decimal, Duration, Date, Text }

public sealed record PrimitiveType(PrimitiveKind Kind) : OblType
{
    public override string Display => Kind switch
    {
        PrimitiveKind.Bool => "true/false (bool)",
        PrimitiveKind.Int => "a whole number (int)",
        PrimitiveKind.Decimal => "a number (decimal)",
        PrimitiveKind.Duration => "a duration",
        PrimitiveKind.Date => "a date",
        _ => "text",
    };

    /// <summary>The keyword a rule author writes for this type.</summary>
    public string Keyword => Kind.ToString().ToLowerInvariant() switch { "bool" => "bool", var k => k };
}

public sealed record MoneyType(string Currency) : OblType
{
    public override string Display => $"money in {Currency}";
}

public sealed record EnumType(EnumSymbol Symbol) : OblType
{
    public override string Display => $"enum {Symbol.Name}";
    public bool Equals(EnumType? other) => other is not null && ReferenceEquals(Symbol, other.Symbol);
    public override int GetHashCode() => Symbol.GetHashCode();
}

public sealed record RecordType(RecordSymbol Symbol) : OblType
{
    public override string Display => $"record {Symbol.Name}";
    public bool Equals(RecordType? other) => other is not null && ReferenceEquals(Symbol, other.Symbol);
    public override int GetHashCode() => Symbol.GetHashCode();
}

public sealed record SetType(OblType Element) : OblType
{
    public override string Display => Element is EnumType e ? $"set of {e.Symbol.Name}" : "a set";
}

/// <summary>The type of something already reported as wrong; it agrees with everything, so one mistake gives one message.</summary>
public sealed record ErrorType : OblType
{
    public override string Display => "an invalid value";
}
