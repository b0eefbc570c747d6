namespace Obligations.Testing.Harness;

/// <summary>The result of comparing one situation; <see cref="Differences"/> says what differs, one line each.</summary>
public sealed record Comparison(ComparisonKind Kind, IReadOnlyList<string> Differences, string? Note = null);
