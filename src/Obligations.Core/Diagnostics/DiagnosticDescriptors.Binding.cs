namespace Obligations.Diagnostics;

public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor DuplicateDeclaration =
        Error("OBL1001", "Duplicate declaration", "'{0}' is already declared as a {1} at {2}");
    public static readonly DiagnosticDescriptor UndefinedName =
        Error("OBL1002", "Undefined name", "'{0}' is not defined{1}");
    public static readonly DiagnosticDescriptor UnknownModule =
        Error("OBL1003", "Unknown module", "No file declares module '{0}'{1}");
    public static readonly DiagnosticDescriptor NotImported =
        Error("OBL1004", "Name not imported", "'{0}' is declared in module '{1}'; add 'import {1}' to use it here");
    public static readonly DiagnosticDescriptor DuplicateMember =
        Error("OBL1005", "Duplicate member", "'{0}' is declared twice in '{1}'");
    public static readonly DiagnosticDescriptor WrongKindOfName =
        Error("OBL1006", "Wrong kind of name", "'{0}' is a {1}, but a {2} is expected here");
    public static readonly DiagnosticDescriptor UnknownType =
        Error("OBL1007", "Unknown type", "Unknown type '{0}'{1}");
    public static readonly DiagnosticDescriptor UnknownMember =
        Error("OBL1008", "Unknown field or member", "{0} has no field or member '{1}'{2}");
    public static readonly DiagnosticDescriptor DuplicateClause =
        Error("OBL1009", "Duplicate clause", "{0} has at most one '{1}' clause");
    public static readonly DiagnosticDescriptor ModalityMismatch =
        Error("OBL1010", "Wrong modality", "{0} uses '{1}', not '{2}'");
    public static readonly DiagnosticDescriptor UnknownConsequenceKind =
        Error("OBL1011", "Unknown consequence kind", "Unknown consequence kind '{0}'; expected one of: {1}");
    public static readonly DiagnosticDescriptor UnknownOverrideReason =
        Error("OBL1012", "Unknown override reason", "Unknown reason '{0}'; expected lex_specialis, lex_posterior or lex_superior");
    public static readonly DiagnosticDescriptor CyclicDefinition =
        Error("OBL1013", "Cyclic definition", "'{0}' depends on itself: {1}");
    public static readonly DiagnosticDescriptor SelfOverride =
        Error("OBL1014", "Rule overrides itself", "'{0}' cannot override itself");
    public static readonly DiagnosticDescriptor StandingWithTrigger =
        Error("OBL1015", "Standing rule with a trigger", "'{0}' is declared standing, so it cannot also have a 'when' clause");
    public static readonly DiagnosticDescriptor RedundantImport =
        Warning("OBL1016", "Redundant import", "Module '{0}' {1}");
    public static readonly DiagnosticDescriptor UnknownUnit =
        Error("OBL1017", "Unknown unit", "Unknown unit '{0}'; durations use minutes, hours, days or weeks, money a three-letter currency code such as USD{1}");
    public static readonly DiagnosticDescriptor MissingCurrency =
        Error("OBL1018", "Money without currency", "Money needs a currency, for example 'money USD'");
    public static readonly DiagnosticDescriptor AmbiguousMember =
        Error("OBL1020", "Ambiguous enum member", "'{0}' is a member of several enums ({1}); write it as Enum.{0}");
    public static readonly DiagnosticDescriptor UnknownStrength =
        Error("OBL1060", "Unknown normative strength", "Unknown strength '{0}'; expected one of: {1}");
    public static readonly DiagnosticDescriptor MisplacedStrength =
        Error("OBL1061", "Strength on the wrong declaration", "{0} has no normative strength; write 'strength' on the rules (or threshold criteria) it concerns");
    public static readonly DiagnosticDescriptor NotMetOfBindingRule =
        Warning("OBL1062", "'on not_met of' a binding rule", "'{0}' is settled, so it is never not_met; use 'on breach of {0}'");
    public static readonly DiagnosticDescriptor BreachOfNonBindingRule =
        Warning("OBL1063", "'on breach of' a non-binding rule", "'{0}' is {1}, so it is never breached, only not_met; write 'on not_met of {0}' if this consequence should follow it");
}
