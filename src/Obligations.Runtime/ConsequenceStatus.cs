namespace Obligations.Runtime;

/// <summary>Whether a consequence of breach follows.</summary>
public enum ConsequenceStatus : byte
{
    /// <summary>None of the rules it follows is breached.</summary>
    NotTriggered,

    /// <summary>A rule it follows is breached and every one of its <c>when</c> conditions holds.</summary>
    Applies,

    /// <summary>A rule it follows is breached, but one of its <c>when</c> conditions fails.</summary>
    NotAvailable,
}
