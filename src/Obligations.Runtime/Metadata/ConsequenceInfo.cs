namespace Obligations.Runtime.Metadata;

/// <summary>A consequence of breach as declared; <see cref="Rules"/> is empty when it follows a breach of any rule.</summary>
public sealed record ConsequenceInfo(
    int Index,
    string Name,
    ConsequenceKind Kind,
    bool FollowsAnyBreach,
    string[] Rules,
    string? Citation,
    SourceSpan Span,
    int[] Conditions)
{
    public string? Description { get; init; }

    /// <summary>Non-binding rules whose unmet duty (<c>not_met</c>) also brings this consequence (<c>on not_met of …</c>).</summary>
    public string[] NotMetRules { get; init; } = [];

    /// <summary>The injured party the consequence is owed to (<c>owed to …</c>); null when not stated.</summary>
    public string? OwedTo { get; init; }
}
