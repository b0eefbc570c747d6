namespace Obligations.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable code, never renumbered or reused.</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity DefaultSeverity)
{
    /// <summary>The anchor of this code's entry in docs/diagnostics.md.</summary>
    public string HelpLink => $"{DiagnosticDescriptors.HelpBaseUri}#{Id.ToLowerInvariant()}";
}
