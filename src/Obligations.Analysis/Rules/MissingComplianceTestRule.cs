using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3005: a measure needs a compliance test, or no rule over it can be complied with or breached.</summary>
public sealed class MissingComplianceTestRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingComplianceTest];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var measure in context.Program.Measures)
            if (!measure.Syntax.Clauses.OfType<DoneClauseSyntax>().Any())
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingComplianceTest, measure.Location, measure.Name));
    }
}
