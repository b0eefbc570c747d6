using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3010: a definition by cases (<c>match { when … => … }</c> without <c>else</c>) has a gap when some facts
/// make no guard hold; the diagnostic shows one such situation.
/// </summary>
public sealed class MatchGapRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MatchGap];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasGuardedMatches) return;
        var seen = new HashSet<IrMatch>(ReferenceEqualityComparer.Instance);
        foreach (var (owner, root) in SolverSupport.Roots(context.Ir))
        {
            foreach (var match in IrWalker.Nodes(root).OfType<IrMatch>())
            {
                if (match.Subject is not null || match.Arms.Any(a => a.IsElse) || !seen.Add(match) || SolverSupport.HasError(match)) continue;
                context.CancellationToken.ThrowIfCancellationRequested();
                var guards = match.Arms.Where(a => a.Guard is not null).Select(a => a.Guard!).ToList();
                var outcome = context.Solver.Solve(e => e.Booleans.And(guards.Select(g => e.Condition(g).Not()).ToList()));
                if (outcome.IsUnsatisfiable) continue;
                var location = match.Source.Location;
                if (outcome.Status != SolveStatus.Satisfiable || !SolverSupport.Verify(outcome.Witness, w => guards.All(g => w.Holds(g) == false)))
                {
                    SolverSupport.ReportNotDecided(context, location, $"whether every case of this match in '{owner}' can fail", outcome);
                    continue;
                }
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MatchGap, location, SolverSupport.Describe(outcome)).WithWitness(outcome));
            }
        }
    }
}
