using System.Collections.Immutable;
using Google.OrTools.Sat;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Asks CP-SAT one question at a time: "is there a situation in which this condition holds?". Each question
/// gets a fresh model holding only the variables its conditions mention; the search runs on one worker with
/// a time limit and stops when the analysis is cancelled.
/// </summary>
internal sealed class ConditionSolver(IrProgram program, AnalysisOptions options, CancellationToken cancellationToken)
{
    private readonly NumericScaling _scaling = NumericScaling.For(program);
    private readonly WitnessBuilder _witnesses = new(program);

    public IrProgram Program => program;

    public int Questions { get; private set; }

    private readonly Dictionary<IrRule, List<Witness>> _known = new();

    /// <summary>
    /// Situations earlier questions found for a rule. Cheap checks evaluate a rule on them first: one that
    /// already shows the answer (the rule applies, two rules differ) spares a solver call.
    /// </summary>
    public IReadOnlyList<Witness> KnownSituations(IrRule rule) =>
        _known.TryGetValue(rule, out var list) ? list : [];

    /// <summary>Asks one question; a witness found is remembered for the rules in <paramref name="about"/>.</summary>
    public SolveOutcome Solve(Func<ConditionEncoder, Lit> question, params IrRule[] about)
    {
        var outcome = SolveCore(question);
        if (outcome.Witness is { } witness)
            foreach (var rule in about)
            {
                if (!_known.TryGetValue(rule, out var list)) _known[rule] = list = new List<Witness>();
                if (list.Count < 4) list.Add(witness);
            }
        return outcome;
    }

    private SolveOutcome SolveCore(Func<ConditionEncoder, Lit> question)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Questions++;
        var model = new CpModel();
        var encoder = new ConditionEncoder(model, _scaling);
        Lit goal;
        try
        {
            goal = question(encoder);
        }
        catch (NotDecidedException e)
        {
            return new SolveOutcome(SolveStatus.Unknown, null, [], [e.Reason], e.Reason);
        }
        encoder.Facts.Complete();
        // A meaningless part (a reported error, a definition cycle) read by the question: no verdict either way.
        if (encoder.Invalids.Count > 0)
        {
            var invalid = encoder.Invalids.Distinct().ToImmutableArray();
            return new SolveOutcome(SolveStatus.Unknown, null, [], invalid, "the conditions read " + string.Join("; ", invalid));
        }
        var approximations = encoder.Approximations.Distinct().ToImmutableArray();
        if (goal.IsFalse) return new SolveOutcome(SolveStatus.Unsatisfiable, null, [], approximations);
        if (!goal.IsTrue) model.AddBoolOr([goal.Literal!]);

        var solver = new CpSolver
        {
            StringParameters = $"num_workers:1 cp_model_presolve:false max_time_in_seconds:{options.SolverTimeLimit.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        };
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(model);
        }
        cancellationToken.ThrowIfCancellationRequested();
        switch (status)
        {
            case CpSolverStatus.Infeasible:
                return new SolveOutcome(SolveStatus.Unsatisfiable, null, [], approximations);
            case CpSolverStatus.Feasible or CpSolverStatus.Optimal:
            {
                var (witness, relevant) = _witnesses.Read(solver, encoder.Facts, _scaling);
                return new SolveOutcome(SolveStatus.Satisfiable, witness, relevant, approximations);
            }
            case CpSolverStatus.ModelInvalid:
                return new SolveOutcome(SolveStatus.Unknown, null, [], approximations, "the constraint model was rejected: " + model.Validate());
            default:
                return new SolveOutcome(SolveStatus.Unknown, null, [], approximations,
                    $"the solver found no answer within {options.SolverTimeLimit.TotalSeconds:0.#} seconds");
        }
    }
}
