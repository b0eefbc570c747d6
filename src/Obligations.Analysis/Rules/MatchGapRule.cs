using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Binding;
using Obligations.Diagnostics;

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
        foreach (var (owner, root) in SolverSupport.Roots(context.Program))
        {
            foreach (var match in BoundTreeWalker.DescendantsAndSelf(root).OfType<BoundMatch>())
            {
                if (match.Subject is not null || match.HasElse || SolverSupport.HasError(match)) continue;
                context.CancellationToken.ThrowIfCancellationRequested();
                var guards = match.Arms.Where(a => a.Guard is not null).Select(a => a.Guard!).ToList();
                var outcome = context.Solver.Solve(e => e.Booleans.And(guards.Select(g => e.Condition(g).Not()).ToList()));
                if (outcome.IsUnsatisfiable) continue;
                var location = owner.Tree.GetLocation(match.Syntax.Span);
                if (outcome.Status != SolveStatus.Satisfiable || !SolverSupport.Verify(outcome.Witness, i => guards.All(g => !i.Condition(g))))
                {
                    SolverSupport.ReportNotDecided(context, location, $"whether every case of this match in '{owner.Name}' can fail", outcome);
                    continue;
                }
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MatchGap, location, SolverSupport.Describe(outcome)).WithWitness(outcome));
            }
        }
    }
}
