using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

public enum SolveStatus { Satisfiable, Unsatisfiable, Unknown }

/// <summary>
/// A solver answer. <see cref="Witness"/> is a complete situation when satisfiable; <see cref="Relevant"/>
/// lists the facts the question's conditions mention, in path order, with their witness values as shown to people.
/// <see cref="Approximations"/> is non-empty when parts of the conditions lay outside the exact fragment.
/// </summary>
internal sealed record SolveOutcome(
    SolveStatus Status,
    Witness? Witness,
    ImmutableArray<KeyValuePair<string, string>> Relevant,
    ImmutableArray<string> Approximations,
    string? Reason = null)
{
    public bool IsExact => Approximations.IsEmpty;

    /// <summary>No situation satisfies the question: exact even with approximations (they only add situations).</summary>
    public bool IsUnsatisfiable => Status == SolveStatus.Unsatisfiable;
}
