namespace Obligations.Runtime.Coverage;

/// <summary>How many cases gave a rule or consequence one status (snake_case, as in scenario files).</summary>
public sealed record StatusCount(string Status, int Cases);
