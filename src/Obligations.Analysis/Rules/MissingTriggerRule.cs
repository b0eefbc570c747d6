using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3002: a rule that is not declared standing needs a 'when' condition.</summary>
public sealed class MissingTriggerRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingTrigger];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
        {
            var clauses = rule.Syntax.Clauses;
            if (!clauses.OfType<WhenClauseSyntax>().Any() && !clauses.OfType<StandingClauseSyntax>().Any())
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingTrigger, rule.Location, rule.KindDisplay, rule.Name));
        }
    }
}
