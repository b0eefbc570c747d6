namespace Obligations.Testing.Situations;

/// <summary>A complete situation: facts JSON (one property per fact, every field given) and the evaluation instant.</summary>
public sealed record GeneratedSituation(string FactsJson, DateTimeOffset Now)
{
    public override string ToString() => $"now {Now:O}\n{FactsJson}";
}
