using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>The encoding of a value of the language in the CP-SAT model.</summary>
internal abstract record EncodedValue;

internal sealed record BoolValue(Lit Lit) : EncodedValue;

/// <summary>
/// Numbers, money (amounts), durations (minutes) and dates (minutes since 1970-01-01T00:00Z).
/// <see cref="Rounded"/>: the evaluator computes this value as a decimal quotient that may be rounded to 28
/// significant digits (a division whose exact result need not terminate); the form is the exact quotient, which
/// only a comparison may use (rounding that small cannot change its answer), never further arithmetic.
/// </summary>
internal sealed record NumberValue(LinearForm Form, bool Rounded = false) : EncodedValue;

/// <summary>An enum value as one literal per member (in member order), exactly one of which is true.</summary>
internal sealed record EnumValue(ImmutableArray<Lit> Members) : EncodedValue;

/// <summary>A set of enum members as one literal per member: true when the member is in the set.</summary>
internal sealed record SetValue(ImmutableArray<Lit> Members) : EncodedValue;

/// <summary>
/// A text fact, compared only with text literals: one boolean per literal it is compared with ("the fact equals
/// this literal"), at most one of them true. That is exact: any other text differs from every literal.
/// </summary>
internal sealed record TextValue(string Path, Dictionary<string, Google.OrTools.Sat.ILiteral> Literals) : EncodedValue;

internal sealed record TextConstant(string Value) : EncodedValue;
