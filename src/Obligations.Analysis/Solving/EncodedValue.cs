using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>The encoding of a value of the language in the CP-SAT model.</summary>
internal abstract record EncodedValue;

internal sealed record BoolValue(Lit Lit) : EncodedValue;

/// <summary>Numbers, money (amounts), durations (minutes) and dates (minutes since 1970-01-01T00:00Z).</summary>
internal sealed record NumberValue(LinearForm Form) : EncodedValue;

/// <summary>An enum value as one literal per member (in member order), exactly one of which is true.</summary>
internal sealed record EnumValue(ImmutableArray<Lit> Members) : EncodedValue;

/// <summary>A set of enum members as one literal per member: true when the member is in the set.</summary>
internal sealed record SetValue(ImmutableArray<Lit> Members) : EncodedValue;
