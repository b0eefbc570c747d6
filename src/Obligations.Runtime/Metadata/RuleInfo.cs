namespace Obligations.Runtime.Metadata;

/// <summary>An obligation, prohibition or permission as declared.</summary>
public sealed record RuleInfo(
    int Index,
    string Name,
    RuleKind Kind,
    string? Holder,
    string? Measure,
    string? Citation,
    SourceSpan Span,
    int[] Conditions,
    string[] OverriddenBy)
{
    public string? Description { get; init; }

    /// <summary>The measure's description as written in the rules ("Block, seize or otherwise act against the operation").</summary>
    public string? MeasureDescription { get; init; }
}
