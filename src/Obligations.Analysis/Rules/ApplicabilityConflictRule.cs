using Obligations.Analysis.Solving;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>
/// Shared shape of the conflicts between a rule of one kind and a prohibition of the same measure for the same
/// holder: is there a situation in which both apply (every 'when' holds, no 'unless' does)? Rules are grouped by
/// holder and measure first, so only rules that can interact reach the solver. An override between the two
/// resolves the conflict. Works on the rule IR; a witness is reported only when the interpreter agrees.
/// </summary>
public abstract class ApplicabilityConflictRule : AnalysisRule
{
    private protected abstract IrRuleKind FirstKind { get; }
    protected abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The information reported instead when either rule is not a settled norm.</summary>
    protected abstract DiagnosticDescriptor NonBindingDescriptor { get; }
    protected abstract string FirstRole { get; }

    public override AnalysisStage Stage => AnalysisStage.Solver;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.HasRules) return;
        var groups = context.Ir.Rules
            .Where(r => r.Holder is not null && r.Measure is not null && SolverSupport.IsAnalyzable(r))
            .GroupBy(r => (r.Holder!, r.Measure!));
        foreach (var group in groups)
        {
            var firsts = group.Where(r => r.Kind == FirstKind).ToList();
            var prohibitions = group.Where(r => r.Kind == IrRuleKind.Prohibition).ToList();
            foreach (var first in firsts)
                foreach (var prohibition in prohibitions)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (!SolverSupport.Resolves(first, prohibition)) Check(context, first, prohibition);
                }
        }
    }

    private void Check(AnalysisContext context, IrRule first, IrRule prohibition)
    {
        var outcome = context.Solver.Solve(e => e.Booleans.And(e.Applies(first), e.Applies(prohibition)), first, prohibition);
        if (outcome.IsUnsatisfiable) return;
        var verified = outcome.Status == SolveStatus.Satisfiable
            && SolverSupport.Verify(outcome.Witness, w => w.Applies(first) && w.Applies(prohibition));
        var location = first.Source.Location;
        if (!verified)
        {
            SolverSupport.ReportNotDecided(context, location, $"whether '{first.Name}' and '{prohibition.Name}' can both apply", outcome);
            return;
        }
        var measure = first.Measure!.Name;
        var diagnostic = NonBinding.Create(Descriptor, NonBindingDescriptor, location, [first, prohibition],
                first.Name, prohibition.Name, measure, first.Holder!.Name, SolverSupport.Describe(outcome))
            .WithRelated(
                new RelatedLocation(location, $"'{first.Name}' {FirstRole} '{measure}'"),
                new RelatedLocation(prohibition.Source.Location, $"'{prohibition.Name}' forbids '{measure}'"))
            .WithWitness(outcome);
        context.Report(diagnostic);
    }
}
