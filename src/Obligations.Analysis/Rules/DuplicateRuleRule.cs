using System.Collections.Immutable;
using Obligations.Analysis.Solving;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3016: two rules of the same kind, holder and measure that apply in exactly the same situations
/// (no situation where one applies and the other does not). Reported on the later one.
/// </summary>
public sealed class DuplicateRuleRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.DuplicateRule];
    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        var groups = context.Ir.Rules
            .Where(r => r.Holder is not null && r.Measure is not null && SolverSupport.IsAnalyzable(r))
            .GroupBy(r => (r.Kind, r.Holder!, r.Measure!, r.Strength));
        foreach (var group in groups)
        {
            var duplicated = new HashSet<IrRule>();
            foreach (var (first, second) in SolverSupport.Pairs(group.ToList()))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (duplicated.Contains(second)) continue;
                if (SolverSupport.AnyKnown(context, w => w.Outcome is not null && w.Applies(first) != w.Applies(second), first, second)) continue;
                var differ = context.Solver.Solve(e => e.Booleans.Equivalent(e.Applies(first), e.Applies(second)).Not(), first, second);
                if (!differ.IsUnsatisfiable) continue;
                duplicated.Add(second);
                context.Report(Diagnostic.Create(DiagnosticDescriptors.DuplicateRule, second.Source.Location, second.Name, first.Name)
                    .WithRelated(new RelatedLocation(first.Source.Location, $"'{first.Name}' is declared here")));
            }
        }
    }
}
