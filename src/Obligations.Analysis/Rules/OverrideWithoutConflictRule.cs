using System.Collections.Immutable;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3018: an override between two rules that never both apply has nothing to resolve.</summary>
public sealed class OverrideWithoutConflictRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.OverrideWithoutConflict];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
        {
            if (!Solving.SolverSupport.IsAnalyzable(rule)) continue;
            foreach (var @override in rule.Overrides)
            {
                var target = @override.Target;
                if (target == rule || !Solving.SolverSupport.IsAnalyzable(target)) continue;
                if (Solving.SolverSupport.AnyKnown(context, i => i.Applies(rule) && i.Applies(target), rule, target)) continue;
                var outcome = context.Solver.Solve(e => e.Booleans.And(e.Applies(rule), e.Applies(target)), rule, target);
                if (!outcome.IsUnsatisfiable) continue;
                context.Report(Diagnostic.Create(DiagnosticDescriptors.OverrideWithoutConflict, rule.Tree.GetLocation(@override.Syntax.Span), rule.Name, target.Name)
                    .WithRelated(new RelatedLocation(target.Location, $"'{target.Name}' is declared here")));
            }
        }
    }
}
