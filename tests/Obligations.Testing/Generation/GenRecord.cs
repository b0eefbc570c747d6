namespace Obligations.Testing.Generation;

/// <summary>A generated record type and its fields.</summary>
public sealed record GenRecord(string Name, IReadOnlyList<GenValue> Fields);
