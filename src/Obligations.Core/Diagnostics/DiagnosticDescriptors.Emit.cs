namespace Obligations.Diagnostics;

// Emit (4xxx): a rule set without errors that still cannot be turned into an evaluator. Except OBL4003 these
// are internal errors: the generator produced C# that does not compile cleanly, which is a bug to report.
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor GeneratedCodeError =
        Error("OBL4001", "Generated evaluator does not compile", "Internal error: the C# generated for these rules does not compile: {0}");
    public static readonly DiagnosticDescriptor GeneratedCodeWarning =
        Error("OBL4002", "Generated evaluator has a warning", "Internal error: the C# generated for these rules compiles with a warning: {0}");
    public static readonly DiagnosticDescriptor SetEnumTooLarge =
        Error("OBL4003", "Enum too large for a set", "Enum '{0}' has {1} members; an enum used in a set can have at most 64");
    public static readonly DiagnosticDescriptor EmitFailed =
        Error("OBL4004", "Evaluator generation failed", "Internal error: the evaluator could not be generated: {0}");
}
