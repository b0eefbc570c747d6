using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>Every rule and consequence of either version with its verdict, and notes on facts the versions do not share.</summary>
public sealed record DiffReport(ImmutableArray<DiffEntry> Entries, ImmutableArray<string> Notes)
{
    /// <summary>Some outcome changes (a rule or consequence changed, was added or removed).</summary>
    public bool HasChanges => Entries.Any(e => e.Verdict is DiffVerdict.Changed or DiffVerdict.Added or DiffVerdict.Removed);

    /// <summary>Some verdict is "not decided": no claim that nothing changed can be made.</summary>
    public bool HasUndecided => Entries.Any(e => e.Verdict == DiffVerdict.NotDecided);

    public int Count(DiffVerdict verdict) => Entries.Count(e => e.Verdict == verdict);
}
