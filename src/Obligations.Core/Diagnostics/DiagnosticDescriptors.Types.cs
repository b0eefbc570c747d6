namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor TypeMismatch =
        Error("OBL2001", "Type mismatch", "{0} must be {1}, but this is {2}");
    public static readonly DiagnosticDescriptor ConditionNotBoolean =
        Error("OBL2002", "Condition is not true/false", "A condition must be true or false, but this is {0}");
    public static readonly DiagnosticDescriptor OperatorTypes =
        Error("OBL2003", "Operator cannot be applied", "'{0}' cannot be applied to {1} and {2}");
    public static readonly DiagnosticDescriptor UnitMismatch =
        Error("OBL2004", "Unit mismatch", "'{0}' mixes {1} with {2}; these are different units");
    public static readonly DiagnosticDescriptor CurrencyMismatch =
        Error("OBL2005", "Currency mismatch", "'{0}' mixes amounts in {1} with amounts in {2}");
    public static readonly DiagnosticDescriptor NonExhaustiveMatch =
        Error("OBL2006", "Match is not exhaustive", "This match does not cover {0}; add arms for them or an 'else' arm");
    public static readonly DiagnosticDescriptor MatchArmTypes =
        Error("OBL2007", "Match arms differ in type", "Every arm of a match must give the same type: this arm gives {0}, the first gives {1}");
    public static readonly DiagnosticDescriptor EnumNotOrdered =
        Error("OBL2008", "Enum is not ordered", "'{0}' compares members of enum '{1}', which is not declared 'ordered'");
    public static readonly DiagnosticDescriptor UnreachableArm =
        Warning("OBL2009", "Unreachable match arm", "This arm is never used: {0}");
    public static readonly DiagnosticDescriptor MatchNeedsElse =
        Error("OBL2010", "Match needs else", "A match on {0} must end with an 'else' arm");
    public static readonly DiagnosticDescriptor InvalidSetElement =
        Error("OBL2011", "Invalid set element", "A set holds members of one enum, but this is {0}");
    public static readonly DiagnosticDescriptor UnaryOperatorType =
        Error("OBL2012", "Operator cannot be applied", "'{0}' cannot be applied to {1}");
    public static readonly DiagnosticDescriptor DivisionByZero =
        Error("OBL2013", "Division by zero", "This divides by zero");
}
