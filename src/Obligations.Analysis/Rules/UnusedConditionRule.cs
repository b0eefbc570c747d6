using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3007: a threshold or trigger that nothing refers to is probably a rule someone forgot to write.</summary>
public sealed class UnusedConditionRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.UnusedCondition];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        var used = context.Program.References.Values.Where(s => s is ThresholdSymbol or TriggerSymbol).ToHashSet();
        foreach (var symbol in context.Program.Symbols)
            if (symbol is ThresholdSymbol or TriggerSymbol && !used.Contains(symbol))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.UnusedCondition, symbol.Location, symbol.KindDisplay, symbol.Name));
    }
}
