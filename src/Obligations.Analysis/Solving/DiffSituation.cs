namespace Obligations.Analysis.Solving;

/// <summary>
/// A situation in which the two versions disagree, as scenario input (<c>{ "now", "facts" }</c>) for each
/// version; the two are the same text unless the versions declare different facts. For a rule only one version
/// has, the other input is empty.
/// </summary>
public sealed record DiffSituation(string OldInput, string NewInput, DateTimeOffset Now)
{
    public bool SameInput => OldInput == NewInput || OldInput.Length == 0 || NewInput.Length == 0;

    /// <summary>The input to show when <see cref="SameInput"/>: the new version's, or the only one there is.</summary>
    public string Input => NewInput.Length > 0 ? NewInput : OldInput;
}
