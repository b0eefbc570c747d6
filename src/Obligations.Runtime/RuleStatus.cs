namespace Obligations.Runtime;

/// <summary>The outcome of one obligation, prohibition or permission for one set of facts.</summary>
public enum RuleStatus : byte
{
    /// <summary>A <c>when</c> condition is false: the rule does not apply.</summary>
    NotApplicable,

    /// <summary>The rule applies, the measure is not done yet and its deadline has not passed.</summary>
    Pending,

    /// <summary>The obligation's measure is done (in time), or the prohibited act did not happen.</summary>
    Complied,

    /// <summary>The obligation's measure is not done and no deadline is open, or the prohibited act happened.</summary>
    Breached,

    /// <summary>The rule applies but one of its <c>unless</c> exceptions holds.</summary>
    Excused,

    /// <summary>The rule applies but a rule that overrides it applies too.</summary>
    Overridden,

    /// <summary>A permission that applies.</summary>
    Permitted,

    /// <summary>A non-binding rule (emerging, proposed, best practice or contested) whose duty is unmet: never a breach.</summary>
    NotMet,

    /// <summary>A settled rule that would be breached, but applies only through contested or emerging criteria.</summary>
    Contested,
}
