using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3018: an override between two rules that never both apply has nothing to resolve.</summary>
public sealed class OverrideWithoutConflictRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.OverrideWithoutConflict];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        var rules = context.Ir.Rules;
        foreach (var rule in rules)
        {
            if (!SolverSupport.IsAnalyzable(rule)) continue;
            foreach (var @override in rule.Overrides)
            {
                var target = rules[@override.Target];
                if (target == rule || !SolverSupport.IsAnalyzable(target)) continue;
                if (SolverSupport.AnyKnown(context, w => w.Applies(rule) && w.Applies(target), rule, target)) continue;
                var outcome = context.Solver.Solve(e => e.Booleans.And(e.Applies(rule), e.Applies(target)), rule, target);
                if (!outcome.IsUnsatisfiable) continue;
                context.Report(Diagnostic.Create(DiagnosticDescriptors.OverrideWithoutConflict, @override.Source.Location, rule.Name, target.Name)
                    .WithRelated(new RelatedLocation(target.Source.Location, $"'{target.Name}' is declared here")));
            }
        }
    }
}
