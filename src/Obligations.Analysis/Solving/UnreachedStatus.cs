namespace Obligations.Analysis.Solving;

/// <summary>A status of a rule or consequence that no generated case reaches: proven unreachable, or not decided (with the reason).</summary>
public sealed record UnreachedStatus(string Kind, string Name, string Status, bool Proven, string? Reason = null)
{
    public override string ToString() => Proven
        ? $"{Kind} {Name}: {Status} is unreachable"
        : $"{Kind} {Name}: {Status} not decided ({Reason})";
}
