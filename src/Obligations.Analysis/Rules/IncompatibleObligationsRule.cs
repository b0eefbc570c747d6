using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3013: two obligations of the same holder require measures that cannot both be done — declared
/// <c>incompatible with</c>, or whose <c>done when</c> tests exclude each other — in a situation where both apply.
/// Measures are compared only when declared incompatible or when their tests share a fact.
/// </summary>
public sealed class IncompatibleObligationsRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors =>
        [DiagnosticDescriptors.IncompatibleObligations, DiagnosticDescriptors.NonBindingIncompatibleObligations];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        var paths = new FactPaths();
        var incompatibility = new Dictionary<(IrMeasure, IrMeasure), string?>();
        var byHolder = context.Ir.Rules
            .Where(r => r.Kind == IrRuleKind.Obligation && r.Holder is not null && r.Measure is not null && SolverSupport.IsAnalyzable(r))
            .GroupBy(r => r.Holder!);
        foreach (var holder in byHolder)
        {
            var obligations = holder.ToList();
            var candidates = CandidateMeasures(obligations.Select(o => o.Measure!).Distinct().ToList(), paths);
            foreach (var (a, b) in SolverSupport.Pairs(obligations))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (a.Measure == b.Measure || SolverSupport.Resolves(a, b)) continue;
                if (!candidates.Contains((a.Measure!, b.Measure!)) && !candidates.Contains((b.Measure!, a.Measure!))) continue;
                var key = (a.Measure!, b.Measure!);
                if (!incompatibility.TryGetValue(key, out var why)) incompatibility[key] = why = Incompatibility(context, a.Measure!, b.Measure!);
                if (why is not null) Check(context, a, b, why);
            }
        }
    }

    /// <summary>Measure pairs worth a look: declared incompatible, or with compliance tests over a shared fact.</summary>
    private static HashSet<(IrMeasure, IrMeasure)> CandidateMeasures(List<IrMeasure> measures, FactPaths paths)
    {
        var pairs = new HashSet<(IrMeasure, IrMeasure)>();
        var present = measures.ToHashSet();
        foreach (var m in measures)
            foreach (var other in m.IncompatibleWith.Where(present.Contains)) pairs.Add((m, other));
        var byPath = new Dictionary<string, List<IrMeasure>>(StringComparer.Ordinal);
        foreach (var m in measures.Where(m => m.Done is not null && !SolverSupport.HasError(m.Done)))
            foreach (var path in paths.Of(m.Done!))
                (byPath.TryGetValue(path, out var list) ? list : byPath[path] = new()).Add(m);
        foreach (var sharing in byPath.Values)
            foreach (var (x, y) in SolverSupport.Pairs(sharing)) pairs.Add((x, y));
        return pairs;
    }

    private static string? Incompatibility(AnalysisContext context, IrMeasure a, IrMeasure b)
    {
        if (a.IncompatibleWith.Contains(b)) return $"'{a.Name}' is declared incompatible with '{b.Name}'";
        if (b.IncompatibleWith.Contains(a)) return $"'{b.Name}' is declared incompatible with '{a.Name}'";
        if (a.Done is not { } aDone || b.Done is not { } bDone) return null;
        // Each test alone must be satisfiable; otherwise the measure itself is the problem, not the pair.
        var both = context.Solver.Solve(e => e.Booleans.And(e.Condition(aDone), e.Condition(bDone)));
        if (!both.IsUnsatisfiable) return null;
        var first = context.Solver.Solve(e => e.Condition(aDone));
        var second = context.Solver.Solve(e => e.Condition(bDone));
        return first.IsUnsatisfiable || second.IsUnsatisfiable ? null : "their compliance tests ('done when') exclude each other";
    }

    private static void Check(AnalysisContext context, IrRule a, IrRule b, string why)
    {
        var outcome = context.Solver.Solve(e => e.Booleans.And(e.Applies(a), e.Applies(b)), a, b);
        if (outcome.IsUnsatisfiable) return;
        if (outcome.Status != SolveStatus.Satisfiable || !SolverSupport.Verify(outcome.Witness, w => w.Applies(a) && w.Applies(b)))
        {
            SolverSupport.ReportNotDecided(context, b.Source.Location, $"whether '{a.Name}' and '{b.Name}' can both apply", outcome);
            return;
        }
        var diagnostic = NonBinding.Create(DiagnosticDescriptors.IncompatibleObligations, DiagnosticDescriptors.NonBindingIncompatibleObligations, b.Source.Location, [a, b],
                a.Name, a.Measure!.Name, b.Name, b.Measure!.Name, a.Holder!.Name, why, SolverSupport.Describe(outcome))
            .WithRelated(
                new RelatedLocation(a.Source.Location, $"'{a.Name}' requires '{a.Measure.Name}'"),
                new RelatedLocation(b.Source.Location, $"'{b.Name}' requires '{b.Measure.Name}'"))
            .WithWitness(outcome);
        context.Report(diagnostic);
    }
}
