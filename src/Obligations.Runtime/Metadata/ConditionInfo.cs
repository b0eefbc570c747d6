namespace Obligations.Runtime.Metadata;

/// <summary>
/// A condition an evaluation records: its role, the declaration it belongs to, its text as written, the legal
/// source it cites and where it is written. <see cref="Supports"/> lists the triggers, thresholds or criteria
/// it is made of, so an explanation can show why it held.
/// </summary>
public sealed record ConditionInfo(
    int Id,
    ConditionKind Kind,
    string Owner,
    string Text,
    string? Citation,
    SourceSpan Span,
    int[] Supports)
{
    /// <summary>The name of a trigger, threshold or criterion; null for clauses.</summary>
    public string? Name { get; init; }

    /// <summary>The doc comment of the trigger, threshold or criterion, in the words of the rules' author.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The facts this condition reads itself (looking through defines, not through the named conditions in
    /// <see cref="Supports"/>), as paths in the rules: <c>operation.phase</c>. Explanations show their values.
    /// </summary>
    public IReadOnlyList<string> Facts { get; init; } = [];
}
