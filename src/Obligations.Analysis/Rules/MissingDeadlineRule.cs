using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3004: an obligation whose measure is dated (<c>done when … on date</c>) needs a deadline; without one,
/// the date of completion is never checked and the duty can never be late.
/// </summary>
public sealed class MissingDeadlineRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingDeadline];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var rule in context.Program.Rules)
        {
            if (rule.RuleKind != RuleKind.Obligation || rule.Measure is not { IsTimeBound: true } measure) continue;
            if (rule.Syntax.Clauses.OfType<WithinClauseSyntax>().Any()) continue;
            context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingDeadline, rule.Location, rule.Name, measure.Name));
        }
    }
}
