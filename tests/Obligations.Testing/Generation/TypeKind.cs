namespace Obligations.Testing.Generation;

/// <summary>The kinds of value a generated rule set uses: every type of the language.</summary>
public enum TypeKind { Bool, Int, Decimal, Money, Duration, Date, Text, Enum, Set, Record }
