using System.Collections.Immutable;
using Obligations.Diagnostics;

namespace Obligations.Emit;

/// <summary>
/// What emitting gave: success, the diagnostics (the rule set's errors, or OBL4xxx for a failure in emit), and
/// the generated C# when generation got that far.
/// </summary>
public sealed record EmitResult(bool Success, ImmutableArray<Diagnostic> Diagnostics, string? GeneratedSource)
{
    /// <summary>The file name <see cref="GeneratedSource"/> is written under by <c>oblc build --emit-cs</c>.</summary>
    public string? GeneratedFileName { get; init; }
}
