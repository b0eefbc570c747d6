namespace Obligations.Testing.Generation;

/// <summary>A named, typed thing of the model: a fact, a record field or a define.</summary>
public sealed record GenValue(string Name, GenType Type);
