namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>A literal whose value cannot be represented (e.g. a duration beyond what the evaluator can hold).</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange =
        Error("OBL2090", "Value out of range", "{0} is out of range: {1}");
}
