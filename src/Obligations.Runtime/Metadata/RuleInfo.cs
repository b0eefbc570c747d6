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

    /// <summary>The normative strength as written (settled, emerging, proposed, best_practice, contested); only settled binds.</summary>
    public string Strength { get; init; } = "settled";

    public string? StrengthCitation { get; init; }

    public bool IsBinding => Strength == "settled";

    /// <summary>The party the duty is owed to (<c>owed to …</c>); null when the rule does not say.</summary>
    public string? OwedTo { get; init; }
}
