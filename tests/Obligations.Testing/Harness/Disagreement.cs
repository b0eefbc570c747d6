using Obligations.Testing.Situations;

namespace Obligations.Testing.Harness;

/// <summary>A rule set and situation on which the evaluator and the reference differ, with the choices that build them.</summary>
public sealed record Disagreement(int[] RuleSetChoices, int[] SituationChoices, string RuleSetText, GeneratedSituation Situation, IReadOnlyList<string> Differences)
{
    /// <summary>The kind of disagreement this case was shrunk for.</summary>
    public string Signature { get; init; } = "";

    public string Print() => $"[{Signature}]\n" + FailurePrinter.Print(RuleSetText, Situation, Differences);
}
