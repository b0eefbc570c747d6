using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Testing.Reference;

/// <summary>
/// A reference evaluator over today's witness interpreter (<see cref="BoundInterpreter"/>): expressions, whether a
/// rule's <c>when</c>s hold and whether it is excused come from the interpreter; the status order and deadlines are
/// those docs/evaluator.md states, applied here to the interpreter's values. Where the interpreter has no meaning
/// for an operator the outcome is <see cref="RuleSetOutcome.Unsupported"/>. The rule IR's interpreter replaces it
/// behind <see cref="IReferenceEvaluator"/>.
/// </summary>
public sealed class BoundInterpreterReference : IReferenceEvaluator
{
    private string? _text;
    private BoundProgram? _program;

    public RuleSetOutcome Evaluate(string oblText, string factsJson, DateTimeOffset now)
    {
        if (_text != oblText)
        {
            _program = Compilation.Parse([new SourceText("reference.obl", oblText)]).GetBoundProgram();
            _text = oblText;
        }
        var program = _program!;
        var interpreter = new BoundInterpreter(SituationReader.Read(program, factsJson, now));
        try
        {
            return new RuleSemantics(program, interpreter, now).Evaluate();
        }
        catch (InterpreterException e) when (e.Message.StartsWith("cannot ", StringComparison.Ordinal))
        {
            return RuleSetOutcome.NotSupported("the interpreter " + e.Message);
        }
        catch (Exception e) when (e is InterpreterException or OverflowException or ArgumentOutOfRangeException)
        {
            return RuleSetOutcome.Error(e.Message);
        }
    }
}
