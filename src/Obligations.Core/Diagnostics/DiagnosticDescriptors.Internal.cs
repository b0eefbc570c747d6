namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InternalError =
        Error("OBL9001", "Internal error", "Internal error: {0}");

    /// <summary>An analysis failed unexpectedly: a defect in the analysis, never an answer about the rules.</summary>
    public static readonly DiagnosticDescriptor AnalysisInternalError =
        Error("OBL9002", "Internal error in an analysis", "Internal error in analysis {0}: {1}");
}
