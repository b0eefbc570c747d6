namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InternalError =
        Error("OBL9001", "Internal error", "Internal error: {0}");
}
