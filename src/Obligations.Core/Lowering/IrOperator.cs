namespace Obligations.Lowering;

/// <summary>
/// Every operation of the language, with one meaning each (see <see cref="OperatorTable"/> for which operand types
/// give which operator, and docs/ir.md for the exact semantics every consumer implements).
/// </summary>
public enum IrOperator
{
    // Booleans
    Not,

    // Numbers. Int is a 64-bit integer; overflow is an evaluation error. Decimal is 28-digit decimal (C# decimal);
    // money is a decimal in its currency. Int operands meeting a decimal are converted by IntToDecimal first.
    IntToDecimal,
    IntNegate, IntAdd, IntSubtract, IntMultiply,
    DecimalNegate, DecimalAdd, DecimalSubtract, DecimalMultiply,
    /// <summary>Decimal quotient (also of two ints, converted first); dividing by zero is an evaluation error.</summary>
    DecimalDivide,

    // Durations (exact to the tick, 100 ns) and dates (an instant with an offset).
    DurationNegate, DurationAdd, DurationSubtract,
    /// <summary>Duration × number, rounded to the nearest tick, ties to even.</summary>
    DurationMultiply,
    /// <summary>Duration ÷ number, rounded to the nearest tick, ties to even; dividing by zero is an error.</summary>
    DurationDivide,
    /// <summary>Duration ÷ duration: the decimal ratio of their ticks; a zero divisor is an error.</summary>
    DurationRatio,
    DateAddDuration, DateSubtractDuration,
    /// <summary>Date − date: the duration between the two instants.</summary>
    DateDifference,

    // Comparisons: both operands have the same IR type. Numbers by value, durations by length, dates by instant,
    // ordered enums by ordinal; = and != also on bool, text (ordinal), any enum and sets (same members).
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,

    /// <summary>Element ∈ set (right operand is a set of the element's enum).</summary>
    In,
    NotIn,
}
