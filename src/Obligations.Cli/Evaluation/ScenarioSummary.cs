namespace Obligations.Cli.Evaluation;

/// <summary>Counts of scenario cases; a case with several differing fields counts once.</summary>
public sealed class ScenarioSummary
{
    public int Passed { get; private set; }
    public int Failed { get; private set; }

    internal void Pass() => Passed++;

    internal void CountFailedCase() => Failed++;

    /// <summary>Writes one failure line naming the case.</summary>
    internal static void Report(TextWriter output, string casePath, string message) => output.WriteLine($"{casePath}: {message}");

    public override string ToString() => $"{Passed} passed, {Failed} failed";
}
