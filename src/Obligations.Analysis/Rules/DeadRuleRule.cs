using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3014: a rule whose 'when' conditions can never all hold together never applies.</summary>
public sealed class DeadRuleRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.DeadRule];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        foreach (var rule in context.Ir.Rules)
        {
            if (rule.Whens.IsEmpty || !SolverSupport.IsAnalyzable(rule)) continue;
            if (SolverSupport.AnyKnown(context, w => w.Triggered(rule), rule)) continue;
            var outcome = context.Solver.Solve(e => e.Triggered(rule), rule);
            // Unsatisfiable is exact even where parts of the conditions were approximated.
            if (outcome.IsUnsatisfiable)
                context.Report(Diagnostic.Create(DiagnosticDescriptors.DeadRule, rule.Source.Location, rule.Name));
            else if (outcome.Status == SolveStatus.Unknown && outcome.Reason is not null && outcome.Approximations.IsEmpty)
                SolverSupport.ReportNotDecided(context, rule.Source.Location, $"whether '{rule.Name}' can ever apply", outcome);
        }
    }
}
