using System.Collections.Immutable;
using Obligations.Diagnostics;

namespace Obligations.Analysis;

/// <summary>
/// The one answer to "does this rule set have errors?", after severities and suppressions, that every consumer
/// uses: <c>oblc check</c>'s exit code, <c>build</c>, <c>generate</c> and the build task (<see cref="HasErrors"/>),
/// <c>eval</c>, <c>test</c> and <c>schema</c> (<see cref="HasLanguageErrors"/>: a conflict between rules is about the
/// rules, not about the facts, so it does not stop an evaluation), and every publish of the language server.
/// </summary>
public sealed record CheckResult(ImmutableArray<Diagnostic> Diagnostics)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Errors of the language (syntax, binding, types, emit, internal), which leave the rules without a meaning.</summary>
    public IEnumerable<Diagnostic> LanguageErrors => Errors.Where(d => !IsAnalysisCode(d.Id));

    public bool HasLanguageErrors => LanguageErrors.Any();

    /// <summary>OBL3xxx: the obligation analyses, whose severity the configuration may change.</summary>
    public static bool IsAnalysisCode(string id) => id.StartsWith("OBL3", StringComparison.Ordinal);
}
