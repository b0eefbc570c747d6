using System.Collections.Immutable;
using Obligations.Analysis.Evaluation;
using Obligations.Binding;
using Obligations.Diagnostics;
using Obligations.Text;

namespace Obligations.Analysis.Solving;

/// <summary>What the solver rules share: which rules can be encoded, re-checking witnesses, "not decided" notes.</summary>
internal static class SolverSupport
{
    /// <summary>A rule whose conditions all bound without error (broken rules are reported by the compiler already).</summary>
    public static bool IsAnalyzable(RuleSymbol rule) =>
        rule.Conditions.Concat(rule.Exceptions).All(c => !HasError(c.Expression));

    public static bool HasError(BoundExpression expression) =>
        BoundTreeWalker.DescendantsAndSelf(expression).Any(e => e is BoundError || e.Type.IsError);

    /// <summary>Evaluates a check on the witness with the interpreter; a witness that cannot be evaluated fails.</summary>
    public static bool Verify(Situation? witness, Func<BoundInterpreter, bool> check)
    {
        if (witness is null) return false;
        try
        {
            return check(new BoundInterpreter(witness));
        }
        catch (Exception e) when (e is InterpreterException or InvalidCastException or KeyNotFoundException or NullReferenceException)
        {
            return false;
        }
    }

    /// <summary>True when a situation already found for one of the rules satisfies the check (no solver call needed).</summary>
    public static bool AnyKnown(AnalysisContext context, Func<BoundInterpreter, bool> check, params RuleSymbol[] rules) =>
        rules.SelectMany(context.Solver.KnownSituations).Any(w => Verify(w, check));

    public static bool Resolves(RuleSymbol a, RuleSymbol b) =>
        a.Overrides.Any(o => o.Target == b) || b.Overrides.Any(o => o.Target == a);

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

    /// <summary>Every bound expression tree of the program with the symbol it belongs to.</summary>
    public static IEnumerable<(Symbol Owner, BoundExpression Root)> Roots(BoundProgram program)
    {
        foreach (var symbol in program.Symbols)
        {
            IEnumerable<BoundExpression?> roots = symbol switch
            {
                DefineSymbol d => [d.Value],
                ThresholdSymbol t => t.Criteria.Select(c => c.Condition),
                TriggerSymbol t => [t.Condition],
                MeasureSymbol m => [m.Done, m.CompletedOn],
                RuleSymbol r => r.Conditions.Concat(r.Exceptions).Select(c => c.Expression).Append(r.Deadline).Append(r.DeadlineAfter),
                ConsequenceSymbol c => c.Conditions.Select(x => x.Expression),
                _ => [],
            };
            foreach (var root in roots)
                if (root is not null) yield return (symbol, root);
        }
    }

    public static ImmutableArray<(T First, T Second)> Pairs<T>(IReadOnlyList<T> items)
    {
        var pairs = ImmutableArray.CreateBuilder<(T, T)>();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++) pairs.Add((items[i], items[j]));
        return pairs.ToImmutable();
    }
}
