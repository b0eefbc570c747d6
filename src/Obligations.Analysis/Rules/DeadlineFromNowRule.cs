using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3008: <c>within d</c> without <c>after</c> counts from the evaluation instant, so it never runs out.</summary>
public sealed class DeadlineFromNowRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.DeadlineFromNow];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
            foreach (var within in rule.Syntax.Clauses.OfType<WithinClauseSyntax>())
                if (within.After is null)
                    context.Report(Diagnostic.Create(DiagnosticDescriptors.DeadlineFromNow, rule.Tree.GetLocation(within.Span), rule.Name));
    }
}
