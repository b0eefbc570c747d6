using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3006: a breach should lead somewhere. Obligations and prohibitions need a consequence that lists them
/// or one that follows any breach; permissions and non-binding rules (never breached, only not_met) are skipped.
/// </summary>
public sealed class BreachWithoutConsequenceRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.BreachWithoutConsequence];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        var consequences = context.Program.Consequences.ToList();
        if (consequences.Any(c => c.FollowsAnyBreach)) return;
        var covered = consequences.SelectMany(c => c.Rules).ToHashSet();
        foreach (var rule in context.Program.Rules)
            if (rule.RuleKind != RuleKind.Permission && rule.Strength == Binding.NormStrength.Settled && !covered.Contains(rule))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.BreachWithoutConsequence, rule.Location, rule.Name));
    }
}
