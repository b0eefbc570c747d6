using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3001: every obligation, prohibition and permission needs a duty-holder.</summary>
public sealed class MissingHolderRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingHolder];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
            if (!rule.Syntax.Clauses.OfType<HolderClauseSyntax>().Any())
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingHolder, rule.Location, rule.KindDisplay, rule.Name));
    }
}
