using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>How to compare two versions: explicit renames (old name → new name) and the solver's time limit per question.</summary>
public sealed record DiffOptions
{
    public ImmutableDictionary<string, string> Renames { get; init; } = ImmutableDictionary<string, string>.Empty;
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}
