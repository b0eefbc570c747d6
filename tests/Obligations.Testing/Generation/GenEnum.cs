namespace Obligations.Testing.Generation;

/// <summary>A generated enum; member names are unique across the whole rule set, so bare members never clash.</summary>
public sealed record GenEnum(string Name, IReadOnlyList<string> Members, bool Ordered);
