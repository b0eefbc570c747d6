namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InternalError =
        Error("OBL9001", "Internal error", "Internal error: {0}");

    /// <summary>An analysis that threw: a bug, reported as one (never as "not decided", which is a verdict).</summary>
    public static readonly DiagnosticDescriptor AnalysisFailed =
        Error("OBL9050", "Analysis failed internally", "Internal error: the analysis {0} failed ({1}); its findings are missing, the other analyses ran");
}
