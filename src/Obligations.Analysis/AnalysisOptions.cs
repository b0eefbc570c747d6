namespace Obligations.Analysis;

/// <summary>What the analyses run; the language server can switch them off.</summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>When false, only the compiler's own diagnostics (syntax, binding, types) are reported.</summary>
    public bool RunAnalyses { get; init; } = true;

    /// <summary>The longest the solver may search for one question before the answer is "not decided".</summary>
    public TimeSpan SolverTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>When true, <c>obligations.json</c> files beside the rules (or in a parent folder) set severities.</summary>
    public bool UseConfigurationFiles { get; init; } = true;
}
