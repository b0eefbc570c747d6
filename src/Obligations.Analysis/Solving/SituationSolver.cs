using System.Collections.Immutable;
using System.Globalization;
using Google.OrTools.Sat;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>A question about one or more versions of a rule set: a goal that must hold, and literals to make hold as many of as possible.</summary>
internal sealed record SituationQuestion(Lit Goal, IReadOnlyList<Lit> Preferred);

/// <summary>
/// The answer: when satisfiable, one witness per version (the same situation, as each version's facts); the
/// approximations and meaningless parts met; notes on facts the versions could not share.
/// </summary>
internal sealed record SituationOutcome(
    SolveStatus Status,
    ImmutableArray<Witness> Witnesses,
    ImmutableArray<string> Approximations,
    ImmutableArray<string> Notes,
    string? Reason = null);

/// <summary>
/// Asks CP-SAT for a situation over one or several versions of a rule set at once: each version is encoded by its
/// own <see cref="ConditionEncoder"/> on one model, and <see cref="FactLinker"/> makes them read the same facts and
/// the same <c>now</c>. With preferred literals the search maximises how many hold (greedy case merging).
/// </summary>
internal sealed class SituationSolver(TimeSpan timeLimit, CancellationToken cancellationToken)
{
    public int Questions { get; private set; }

    /// <summary>
    /// A path one version reads and another declares but does not read gets a variable there too, so the witnesses
    /// of all versions show the same value for it (instead of a default in the version that ignores it).
    /// </summary>
    private static void ShareReadPaths(List<RuleStatusEncoder> encoders)
    {
        var paths = encoders.SelectMany(e => e.Encoder.Facts.All.Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var e in encoders)
            foreach (var path in paths)
                if (TypeOf(e.Program, path) is { } type && type.Kind != IrTypeKind.Record)
                {
                    try { e.Encoder.Facts.Get(path, type); }
                    catch (NotDecidedException) { }
                }
    }

    private static IrType? TypeOf(IrProgram program, string path)
    {
        if (path == FactVariables.NowPath) return IrType.Date;
        var parts = path.Split('.');
        var type = program.FindFact(parts[0])?.Type;
        for (var i = 1; i < parts.Length && type is not null; i++)
            type = type.Record?.Fields.FirstOrDefault(f => f.Name == parts[i])?.Type;
        return type;
    }

    public SituationOutcome Solve(IReadOnlyList<IrProgram> versions, Func<IReadOnlyList<RuleStatusEncoder>, SituationQuestion> ask)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Questions++;
        var model = new CpModel();
        var scalings = versions.Select(NumericScaling.For).ToList();
        var encoders = versions.Select((p, i) => new RuleStatusEncoder(new ConditionEncoder(model, scalings[i]), p)).ToList();
        SituationQuestion question;
        try
        {
            question = ask(encoders);
        }
        catch (NotDecidedException e)
        {
            return new SituationOutcome(SolveStatus.Unknown, [], [e.Reason], [], e.Reason);
        }
        // Every version reads the same instant, even one whose conditions never mention it.
        foreach (var e in encoders) e.Encoder.Facts.Now();
        var notes = new List<string>();
        ShareReadPaths(encoders);
        for (var i = 1; i < encoders.Count; i++) notes.AddRange(FactLinker.Link(model, encoders[0].Encoder, encoders[i].Encoder));
        foreach (var e in encoders) e.Encoder.Facts.Complete();
        var invalid = encoders.SelectMany(e => e.Encoder.Invalids).Distinct().ToImmutableArray();
        if (!invalid.IsEmpty)
            return new SituationOutcome(SolveStatus.Unknown, [], invalid, [.. notes], "the conditions read " + string.Join("; ", invalid));
        var approximations = encoders.SelectMany(e => e.Encoder.Approximations).Distinct().ToImmutableArray();
        if (question.Goal.IsFalse) return new SituationOutcome(SolveStatus.Unsatisfiable, [], approximations, [.. notes]);
        if (!question.Goal.IsTrue) model.AddBoolOr([question.Goal.Literal!]);
        var preferred = new List<BoolVar>();
        foreach (var lit in question.Preferred)
        {
            if (lit.IsFalse) continue;
            var y = model.NewBoolVar("preferred");
            if (!lit.IsTrue) model.AddImplication(y, lit.Literal!);
            preferred.Add(y);
        }
        if (preferred.Count > 0) model.Maximize(LinearExpr.Sum(preferred));

        var solver = new CpSolver
        {
            StringParameters = "num_workers:1 max_time_in_seconds:" + timeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        };
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
            status = solver.Solve(model);
        cancellationToken.ThrowIfCancellationRequested();
        switch (status)
        {
            case CpSolverStatus.Infeasible:
                return new SituationOutcome(SolveStatus.Unsatisfiable, [], approximations, [.. notes]);
            case CpSolverStatus.Feasible or CpSolverStatus.Optimal:
                var witnesses = encoders.Select((e, i) => new WitnessBuilder(e.Program).Read(solver, e.Encoder.Facts, scalings[i]).Witness).ToImmutableArray();
                return new SituationOutcome(SolveStatus.Satisfiable, witnesses, approximations, [.. notes]);
            case CpSolverStatus.ModelInvalid:
                return new SituationOutcome(SolveStatus.Unknown, [], approximations, [.. notes], "the constraint model was rejected: " + model.Validate());
            default:
                return new SituationOutcome(SolveStatus.Unknown, [], approximations, [.. notes],
                    $"the solver found no answer within {timeLimit.TotalSeconds:0.#} seconds");
        }
    }
}
