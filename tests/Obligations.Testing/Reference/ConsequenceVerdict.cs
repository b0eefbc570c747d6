namespace Obligations.Testing.Reference;

/// <summary>What a reference says about one consequence: the statuses it allows (one when it decides).</summary>
public sealed record ConsequenceVerdict(string Consequence, IReadOnlySet<string> Statuses)
{
    public static ConsequenceVerdict Exactly(string consequence, string status) => new(consequence, new HashSet<string> { status });
}
