using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Lowering;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3012: a permission and a prohibition of the same act for the same holder overlap in some situation.</summary>
public sealed class PermissionProhibitionConflictRule : ApplicabilityConflictRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors =>
        [DiagnosticDescriptors.PermissionProhibitionConflict, DiagnosticDescriptors.NonBindingPermissionProhibitionConflict];
    protected override DiagnosticDescriptor NonBindingDescriptor => DiagnosticDescriptors.NonBindingPermissionProhibitionConflict;
    private protected override IrRuleKind FirstKind => IrRuleKind.Permission;
    protected override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.PermissionProhibitionConflict;
    protected override string FirstRole => "permits";
}
