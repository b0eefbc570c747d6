using System.Collections.Immutable;
using Obligations.Analysis.Evaluation;

namespace Obligations.Analysis.Solving;

public enum SolveStatus { Satisfiable, Unsatisfiable, Unknown }

/// <summary>
/// A solver answer. <see cref="Witness"/> is a complete situation when satisfiable; <see cref="Relevant"/>
/// lists the facts the question's conditions mention, in path order, with their witness values.
/// <see cref="Approximations"/> is non-empty when parts of the conditions lay outside the exact fragment.
/// </summary>
internal sealed record SolveOutcome(
    SolveStatus Status,
    Situation? Witness,
    ImmutableArray<KeyValuePair<string, object>> Relevant,
    ImmutableArray<string> Approximations,
    string? Reason = null)
{
    public bool IsExact => Approximations.IsEmpty;

    /// <summary>No situation satisfies the question: exact even with approximations (they only add situations).</summary>
    public bool IsUnsatisfiable => Status == SolveStatus.Unsatisfiable;
}
