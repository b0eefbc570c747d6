namespace Obligations.Analysis.Solving;

/// <summary>
/// A situation in which the two versions disagree, as scenario input (<c>{ "now", "facts" }</c>) for each
/// version; the two are the same text unless the versions declare different facts.
/// </summary>
public sealed record DiffSituation(string OldInput, string NewInput, DateTimeOffset Now)
{
    public bool SameInput => OldInput == NewInput;
}
