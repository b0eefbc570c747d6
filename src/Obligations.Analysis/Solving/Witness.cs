using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// A situation the solver found: complete facts for the interpreter and the evaluation instant. Before anything is
/// reported on it, it is evaluated with <see cref="IrInterpreter"/>; <see cref="Outcome"/> is null when the
/// evaluation fails (then the witness shows nothing and the question is not decided).
/// </summary>
internal sealed class Witness(IrProgram program, IrFacts facts, DateTimeOffset now)
{
    private IrOutcome? _outcome;
    private bool _evaluated;

    public IrFacts Facts => facts;
    public DateTimeOffset Now => now;

    public IrOutcome? Outcome
    {
        get
        {
            if (_evaluated) return _outcome;
            _evaluated = true;
            try
            {
                // The analyses run on rules with errors too: the broken parts are left out, never the whole witness.
                _outcome = IrInterpreter.EvaluateValidParts(program, facts, now);
            }
            catch (IrEvaluationException)
            {
                _outcome = null;
            }
            return _outcome;
        }
    }

    /// <summary>The rule's status on this witness, or null when the evaluation fails.</summary>
    public IrStatus? StatusOf(IrRule rule) => Outcome?.Statuses[rule.Index];

    /// <summary>Triggered (the decision table does not say "not applicable").</summary>
    public bool Triggered(IrRule rule) => StatusOf(rule) is { } s && s != IrStatus.NotApplicable;

    /// <summary>Applies: triggered and not excused, as the decision table decides it.</summary>
    public bool Applies(IrRule rule) => StatusOf(rule) is { } s && s is not IrStatus.NotApplicable and not IrStatus.Excused;

    /// <summary>The value of a condition on this witness; null when it cannot be evaluated.</summary>
    public bool? Holds(IrExpression condition)
    {
        try
        {
            return IrInterpreter.Evaluate(program, facts, now, condition) is bool b ? b : null;
        }
        catch (IrEvaluationException)
        {
            return null;
        }
    }
}
