namespace Obligations.Testing.Harness;

/// <summary>Counts of one differential run and its disagreements (the first few shrunk).</summary>
public sealed class DifferentialReport
{
    public int RuleSets { get; set; }
    public int Situations { get; set; }
    public Dictionary<ComparisonKind, int> Counts { get; } = Enum.GetValues<ComparisonKind>().ToDictionary(k => k, _ => 0);
    public Dictionary<string, int> UnsupportedReasons { get; } = [];
    /// <summary>How often each kind of disagreement occurred (known ones included).</summary>
    public Dictionary<string, int> Signatures { get; } = [];

    /// <summary>The first case of each unknown signature, shrunk.</summary>
    public List<Disagreement> Disagreements { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public string Summary() =>
        $"{RuleSets} rule sets, {Situations} situations: {Counts[ComparisonKind.Agreed]} agreed, {Counts[ComparisonKind.BothFailed]} failed on both sides, "
        + $"{Counts[ComparisonKind.Unsupported]} not supported by the reference, {Counts[ComparisonKind.Differs]} differ; {Elapsed.TotalSeconds:F1} s"
        + string.Concat(UnsupportedReasons.OrderByDescending(r => r.Value).Select(r => $"\n  unsupported ({r.Value}): {r.Key}"))
        + string.Concat(Signatures.OrderByDescending(r => r.Value).Select(r => $"\n  disagreement ({r.Value}): {r.Key}"));
}
