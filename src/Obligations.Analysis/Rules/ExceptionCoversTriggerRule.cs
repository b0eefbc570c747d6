using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3015: whenever the rule is triggered an 'unless' holds, so it never applies. A rule whose trigger itself
/// can never hold is left to OBL3014.
/// </summary>
public sealed class ExceptionCoversTriggerRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.ExceptionCoversTrigger];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        foreach (var rule in context.Ir.Rules)
        {
            if (rule.Unlesses.IsEmpty || !SolverSupport.IsAnalyzable(rule)) continue;
            if (SolverSupport.AnyKnown(context, w => w.Applies(rule), rule)) continue;
            if (!context.Solver.Solve(e => e.Applies(rule), rule).IsUnsatisfiable) continue;
            var triggered = context.Solver.Solve(e => e.Triggered(rule), rule);
            if (triggered.Status == SolveStatus.Satisfiable && SolverSupport.Verify(triggered.Witness, w => w.Triggered(rule)))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.ExceptionCoversTrigger, rule.Source.Location, rule.Name));
        }
    }
}
