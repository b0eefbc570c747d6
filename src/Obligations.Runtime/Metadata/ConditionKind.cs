namespace Obligations.Runtime.Metadata;

/// <summary>The role a recorded condition plays in the rules.</summary>
public enum ConditionKind : byte
{
    /// <summary>A rule's <c>when</c> clause.</summary>
    When,
    /// <summary>A rule's <c>unless</c> exception.</summary>
    Unless,
    /// <summary>The <c>done when</c> test of the rule's measure.</summary>
    Done,
    /// <summary>The measure was done on or before the rule's deadline.</summary>
    DoneInTime,
    /// <summary>A consequence's <c>when</c> condition.</summary>
    ConsequenceWhen,
    /// <summary>A named trigger.</summary>
    Trigger,
    /// <summary>A named threshold.</summary>
    Threshold,
    /// <summary>One criterion of a threshold.</summary>
    Criterion,
}
