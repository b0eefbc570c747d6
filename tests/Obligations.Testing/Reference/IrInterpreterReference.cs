using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Runtime;
using Obligations.Runtime.Json;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Testing.Reference;

/// <summary>
/// The reference evaluator: the rule IR's interpreter (<see cref="IrInterpreter"/>) on the IR lowered from the rule
/// text, reading the facts with its own reader (<see cref="IrFactsReader"/>), so that the differential tests hold
/// the interpreter and the generated evaluator (with the runtime's reader) to one meaning.
/// </summary>
public sealed class IrInterpreterReference : IReferenceEvaluator
{
    private string? _text;
    private IrProgram? _program;

    public RuleSetOutcome Evaluate(string oblText, string factsJson, DateTimeOffset now)
    {
        if (_text != oblText)
        {
            _program = IrLowering.Lower(Compilation.Parse([new SourceText("reference.obl", oblText)]).GetBoundProgram()).Program;
            _text = oblText;
        }
        var program = _program!;
        IrOutcome outcome;
        try
        {
            using var document = FactsJsonDocument.Parse(factsJson);
            outcome = IrInterpreter.Evaluate(program, IrFactsReader.Read(program, document.RootElement), now);
        }
        catch (FactsJsonException e)
        {
            return RuleSetOutcome.Error("facts: " + e.Message);
        }
        catch (IrEvaluationException e)
        {
            return RuleSetOutcome.Error(e.Message);
        }
        var rules = program.Rules.Select(r => RuleVerdict.Exactly(r.Name, StatusNames.Of((RuleStatus)(int)outcome.Statuses[r.Index]), outcome.Deadlines[r.Index]));
        var consequences = program.Consequences.Select(c =>
            ConsequenceVerdict.Exactly(c.Name, StatusNames.Of((ConsequenceStatus)(int)outcome.Consequences[c.Index])));
        return new RuleSetOutcome([.. rules], [.. consequences]);
    }
}
