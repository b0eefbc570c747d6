namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidCharacter =
        Error("OBL0001", "Invalid character", "Unexpected character '{0}'");
    public static readonly DiagnosticDescriptor UnterminatedString =
        Error("OBL0002", "Unterminated string", "This text is not closed; add a closing '\"' on the same line");
    public static readonly DiagnosticDescriptor UnterminatedComment =
        Error("OBL0003", "Unterminated comment", "This comment is not closed; add '*/'");
    public static readonly DiagnosticDescriptor InvalidEscape =
        Error("OBL0004", "Invalid escape", "Unknown escape '\\{0}' in text; use \\\", \\\\, \\n or \\t");
    public static readonly DiagnosticDescriptor InvalidDate =
        Error("OBL0005", "Invalid date", "'{0}' is not a valid date");
    public static readonly DiagnosticDescriptor InvalidNumber =
        Error("OBL0006", "Invalid number", "'{0}' is not a valid number");
    public static readonly DiagnosticDescriptor UnexpectedToken =
        Error("OBL0010", "Unexpected text", "Unexpected {0}; expected {1}");
    public static readonly DiagnosticDescriptor MissingToken =
        Error("OBL0011", "Missing text", "Missing {0}");
}
