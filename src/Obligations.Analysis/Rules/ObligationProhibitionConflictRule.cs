using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3011: an obligation requires and a prohibition forbids the same measure of the same holder in some situation.</summary>
public sealed class ObligationProhibitionConflictRule : ApplicabilityConflictRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors =>
        [DiagnosticDescriptors.ObligationProhibitionConflict, DiagnosticDescriptors.NonBindingObligationProhibitionConflict];
    protected override DiagnosticDescriptor NonBindingDescriptor => DiagnosticDescriptors.NonBindingObligationProhibitionConflict;
    private protected override IrRuleKind FirstKind => IrRuleKind.Obligation;
    protected override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ObligationProhibitionConflict;
    protected override string FirstRole => "requires";
}
