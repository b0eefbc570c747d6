namespace Obligations.Analysis.Solving;

/// <summary>What an amendment does to one rule or consequence.</summary>
public enum DiffVerdict
{
    /// <summary>No situation gives the two versions different statuses (exact).</summary>
    Unchanged,

    /// <summary>A situation gives different statuses; confirmed by evaluating both versions on it.</summary>
    Changed,

    /// <summary>The solver could not decide (the reason says why).</summary>
    NotDecided,

    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,
}
