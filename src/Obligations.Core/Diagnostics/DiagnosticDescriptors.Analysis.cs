namespace Obligations.Diagnostics;

// Obligation analyses (OBL3xxx): incompleteness, contradictions decided by CP-SAT, override resolution and
// the analysis configuration. Entries are documented in docs/diagnostics.md under "Analyses".
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor MissingHolder =
        Warning("OBL3001", "Rule without duty-holder", "The {0} '{1}' names no duty-holder; add 'holder <party>'");
    public static readonly DiagnosticDescriptor MissingTrigger =
        Warning("OBL3002", "Rule without trigger", "The {0} '{1}' has no 'when' condition; add one, or declare it 'standing' if it always applies");
    public static readonly DiagnosticDescriptor MissingMeasure =
        Warning("OBL3003", "Rule without measure", "The {0} '{1}' names no measure; add '{2} <measure>'");
    public static readonly DiagnosticDescriptor MissingDeadline =
        Warning("OBL3004", "Time-bound measure without deadline", "'{0}' requires '{1}', which is dated ('done when … on …'), but sets no deadline; add 'within <duration> after <date>'");
    public static readonly DiagnosticDescriptor MissingComplianceTest =
        Warning("OBL3005", "Measure without compliance test", "Measure '{0}' has no compliance test; add 'done when <condition>'");
    public static readonly DiagnosticDescriptor BreachWithoutConsequence =
        Warning("OBL3006", "Breach without consequence", "No consequence follows a breach of '{0}'; list it in a consequence's 'on breach of' clause");
    public static readonly DiagnosticDescriptor UnusedCondition =
        Warning("OBL3007", "Threshold or trigger never used", "The {0} '{1}' is never used by any rule, condition or definition");
    public static readonly DiagnosticDescriptor DeadlineFromNow =
        Warning("OBL3008", "Deadline counts from now", "The deadline of '{0}' has no 'after' date, so it counts from the moment of evaluation and never passes; add 'after <date>'");
    public static readonly DiagnosticDescriptor MissingCitation =
        Info("OBL3009", "No source citation", "The {0} '{1}' cites no legal source; add 'source \"…\"' after its name");
    public static readonly DiagnosticDescriptor MatchGap =
        Warning("OBL3010", "Gap in a definition by cases", "No case of this match applies when: {0}; add a case or an 'else' arm");
    public static readonly DiagnosticDescriptor ObligationProhibitionConflict =
        Error("OBL3011", "Obligation and prohibition conflict", "'{0}' requires and '{1}' forbids '{2}' for {3} when: {4}");
    public static readonly DiagnosticDescriptor PermissionProhibitionConflict =
        Error("OBL3012", "Permission and prohibition overlap", "'{0}' permits and '{1}' forbids '{2}' for {3} when: {4}");
    public static readonly DiagnosticDescriptor IncompatibleObligations =
        Error("OBL3013", "Obligations that cannot both be met", "'{0}' requires '{1}' and '{2}' requires '{3}' of {4}, but {5}; both apply when: {6}");
    public static readonly DiagnosticDescriptor DeadRule =
        Warning("OBL3014", "Rule never applies", "'{0}' never applies: its 'when' conditions can never all hold together");
    public static readonly DiagnosticDescriptor ExceptionCoversTrigger =
        Warning("OBL3015", "Exception covers the whole trigger", "'{0}' never applies: whenever its 'when' conditions hold, an 'unless' exception holds too");
    public static readonly DiagnosticDescriptor DuplicateRule =
        Warning("OBL3016", "Duplicate rule", "'{0}' duplicates '{1}': same kind, holder and measure, and it applies in exactly the same situations");
    public static readonly DiagnosticDescriptor OverrideCycle =
        Error("OBL3017", "Override cycle", "These overrides form a cycle, so none of them can take precedence: {0}");
    public static readonly DiagnosticDescriptor OverrideWithoutConflict =
        Warning("OBL3018", "Override that never takes effect", "'{0}' overrides '{1}', but the two never apply together, so the override has no effect");
    public static readonly DiagnosticDescriptor NotDecided =
        Info("OBL3019", "Not decided", "Not decided: {0}");
    public static readonly DiagnosticDescriptor InvalidConfiguration =
        Error("OBL3020", "Invalid analysis configuration", "{0}");
    public static readonly DiagnosticDescriptor ErrorCannotBeSwitchedOff =
        Warning("OBL3090", "A language error cannot be switched off", "{0} is an error of the language and stays an error: the rules have no meaning where it is reported, so no suppression comment or obligations.json setting can lower it");

    // A conflict in which one side is not a settled norm is information: the law does not (yet) require both.
    private const string NonBindingConflict = "{0}; '{1}' is {2}, not binding, so this is a tension to note, not an error";
    public static readonly DiagnosticDescriptor NonBindingObligationProhibitionConflict =
        Info("OBL3061", "Obligation and prohibition conflict involving a non-binding norm", NonBindingConflict);
    public static readonly DiagnosticDescriptor NonBindingPermissionProhibitionConflict =
        Info("OBL3062", "Permission and prohibition overlap involving a non-binding norm", NonBindingConflict);
    public static readonly DiagnosticDescriptor NonBindingIncompatibleObligations =
        Info("OBL3063", "Incompatible obligations involving a non-binding norm", NonBindingConflict);
}
