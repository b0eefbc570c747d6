namespace Obligations.Analysis;

/// <summary>What the analyses run; the language server can switch them off.</summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>When false, only the compiler's own diagnostics (syntax, binding, types) are reported.</summary>
    public bool RunAnalyses { get; init; } = true;
}
