namespace Obligations.Runtime.Scenarios;

/// <summary>
/// What running one scenario file found. <see cref="Messages"/> lists every problem in file order: differing
/// statuses (also in <see cref="Differences"/>) and problems with the file itself (a JSON path and what is
/// wrong). <see cref="Result"/> is the evaluation, when the facts could be read and evaluated.
/// </summary>
public sealed record ScenarioOutcome(
    string? Description,
    EvaluationResult? Result,
    IReadOnlyList<ScenarioDifference> Differences,
    IReadOnlyList<string> Messages)
{
    public bool Passed => Messages.Count == 0;
}
