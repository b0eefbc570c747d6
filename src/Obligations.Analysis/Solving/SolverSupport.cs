using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Lowering;
using Obligations.Text;

namespace Obligations.Analysis.Solving;

/// <summary>What the solver rules share: which rules can be encoded, re-checking witnesses, "not decided" notes.</summary>
internal static class SolverSupport
{
    /// <summary>A rule whose clauses all lowered without error (broken rules are reported by the compiler already).</summary>
    public static bool IsAnalyzable(IrRule rule) =>
        rule.Whens.Concat(rule.Unlesses).All(c => c.Expression is { } e && !HasError(e));

    /// <summary>An IrInvalid in the expression itself (not looking through named values, which the encoder frees).</summary>
    public static bool HasError(IrExpression expression) => IrWalker.Nodes(expression).Any(e => e is IrInvalid);

    /// <summary>Evaluates a check on the witness with the interpreter; a witness that cannot be evaluated fails.</summary>
    public static bool Verify(Witness? witness, Func<Witness, bool> check) => witness is not null && check(witness);

    /// <summary>True when a situation already found for one of the rules satisfies the check (no solver call needed).</summary>
    public static bool AnyKnown(AnalysisContext context, Func<Witness, bool> check, params IrRule[] rules) =>
        rules.SelectMany(context.Solver.KnownSituations).Any(w => Verify(w, check));

    public static bool Resolves(IrRule a, IrRule b) =>
        a.Overrides.Any(o => o.Target == b.Index) || b.Overrides.Any(o => o.Target == a.Index);

    /// <summary>Reports that a question could not be decided, saying why.</summary>
    public static void ReportNotDecided(AnalysisContext context, Location location, string question, SolveOutcome outcome)
    {
        var why = outcome.Reason ?? (outcome.Approximations.IsEmpty
            ? "the solver's scenario did not check out when evaluated"
            : "the conditions use " + string.Join("; ", outcome.Approximations.Distinct()));
        context.Report(Diagnostic.Create(DiagnosticDescriptors.NotDecided, location, $"{question}: {why}"));
    }

    public static Diagnostic WithWitness(this Diagnostic diagnostic, SolveOutcome outcome) =>
        outcome.Witness is null ? diagnostic : diagnostic with { Properties = diagnostic.Properties.SetItems(WitnessFormatter.Properties(outcome.Witness)) };

    public static string Describe(SolveOutcome outcome) => WitnessFormatter.Describe(outcome.Relevant);

    /// <summary>Every IR expression tree of the program with the name of the declaration it belongs to.</summary>
    public static IEnumerable<(string Owner, IrExpression Root)> Roots(IrProgram program)
    {
        foreach (var value in program.Values) yield return (value.Threshold?.Name ?? value.Name, value.Body);
        foreach (var measure in program.Measures)
            foreach (var root in new[] { measure.Done, measure.CompletedOn })
                if (root is not null) yield return (measure.Name, root);
        foreach (var rule in program.Rules)
        {
            foreach (var clause in rule.Whens.Concat(rule.Unlesses))
                if (clause.Expression is { } e) yield return (rule.Name, e);
            if (rule.Deadline is { } deadline)
            {
                yield return (rule.Name, deadline.Duration);
                if (deadline.After is { } after) yield return (rule.Name, after);
            }
        }
        foreach (var consequence in program.Consequences)
            foreach (var when in consequence.Whens)
                if (when.Expression is { } e) yield return (consequence.Name, e);
    }

    public static ImmutableArray<(T First, T Second)> Pairs<T>(IReadOnlyList<T> items)
    {
        var pairs = ImmutableArray.CreateBuilder<(T, T)>();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++) pairs.Add((items[i], items[j]));
        return pairs.ToImmutable();
    }
}
