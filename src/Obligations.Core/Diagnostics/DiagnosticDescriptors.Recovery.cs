namespace Obligations.Diagnostics;

// Syntax diagnostics of the parser's guards and recoveries: nesting past the limit, misspelt clause words.
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor NestingTooDeep =
        Error("OBL0094", "Nesting too deep", "This expression nests deeper than {0} levels; split it into defines");
    public static readonly DiagnosticDescriptor MisspeltKeyword =
        Error("OBL0095", "Misspelt clause word", "Unknown clause '{0}'; did you mean '{1}'?");
}
