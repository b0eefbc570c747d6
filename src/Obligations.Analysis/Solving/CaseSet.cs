using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>The generated cases, and the statuses none of them reaches.</summary>
public sealed record CaseSet(ImmutableArray<GeneratedCase> Cases, ImmutableArray<UnreachedStatus> Unreached, int Targets);
