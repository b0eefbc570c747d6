using System.Globalization;
using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Reads a witness back from its JSON (the evaluator's input encoding) with the interpreter's facts reader, which
/// follows the generated evaluators' reader, so the tests check the JSON itself and not the solver's in-memory values.
/// </summary>
internal static class WitnessReader
{
    public static (IrFacts Facts, DateTimeOffset Now) Read(string json, IrProgram program)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
        return (IrFactsReader.Read(program, root.GetProperty("facts"), "$.facts"), now);
    }

    /// <summary>The interpreter's outcome on a witness.</summary>
    public static IrOutcome Evaluate(string json, IrProgram program)
    {
        var (facts, now) = Read(json, program);
        return IrInterpreter.Evaluate(program, facts, now);
    }

    /// <summary>Applies: the decision table gives neither "not applicable" nor "excused".</summary>
    public static bool Applies(IrOutcome outcome, IrRule rule) =>
        outcome.Statuses[rule.Index] is not IrStatus.NotApplicable and not IrStatus.Excused;
}
