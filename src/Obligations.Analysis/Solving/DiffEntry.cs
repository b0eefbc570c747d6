using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>
/// The verdict on one rule or consequence (<see cref="Kind"/> is "rule" or "consequence"): its names in each
/// version (null where absent), how it was matched, and for a change the situation, the two statuses and the
/// clauses whose truth or text differs there.
/// </summary>
public sealed record DiffEntry(
    string Kind,
    string? OldName,
    string? NewName,
    DiffVerdict Verdict,
    string? MatchedBy = null,
    string? OldStatus = null,
    string? NewStatus = null,
    DiffSituation? Situation = null,
    string? Reason = null)
{
    public ImmutableArray<string> Responsible { get; init; } = [];

    public string Name => NewName is not null && OldName is not null && NewName != OldName ? $"{OldName} → {NewName}" : NewName ?? OldName!;
}
