using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>
/// OBL3009 (informational): normative declarations — rules, measures, thresholds, triggers, defines and
/// consequences — should cite their legal source. Vocabulary (enums, records, facts, parties) is not checked.
/// Switch it off with <c>"OBL3009": "none"</c> in obligations.json.
/// </summary>
public sealed class MissingCitationRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.MissingCitation];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var symbol in context.Program.Symbols)
        {
            if (symbol is not (RuleSymbol or MeasureSymbol or ThresholdSymbol or TriggerSymbol or DefineSymbol or ConsequenceSymbol)) continue;
            if (string.IsNullOrWhiteSpace(symbol.Citation))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingCitation, symbol.Location, symbol.KindDisplay, symbol.Name));
        }
    }
}
