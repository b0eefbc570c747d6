using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3012: a permission and a prohibition of the same act for the same holder overlap in some situation.</summary>
public sealed class PermissionProhibitionConflictRule : ApplicabilityConflictRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.PermissionProhibitionConflict];
    protected override RuleKind FirstKind => RuleKind.Permission;
    protected override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.PermissionProhibitionConflict;
    protected override string FirstRole => "permits";
}
