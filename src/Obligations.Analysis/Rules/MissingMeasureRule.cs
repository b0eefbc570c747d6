using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3003: a rule must say what is required, forbidden or permitted.</summary>
public sealed class MissingMeasureRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingMeasure];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
        {
            if (rule.Syntax.Clauses.OfType<ModalityClauseSyntax>().Any()) continue;
            var modality = rule.RuleKind switch
            {
                RuleKind.Obligation => "must",
                RuleKind.Prohibition => "must not",
                _ => "may",
            };
            context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingMeasure, rule.Location, rule.KindDisplay, rule.Name, modality));
        }
    }
}
