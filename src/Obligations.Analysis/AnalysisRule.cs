using System.Collections.Immutable;
using Obligations.Diagnostics;

namespace Obligations.Analysis;

/// <summary>When a rule runs: cheap syntactic checks first, the solver after.</summary>
public enum AnalysisStage { Syntactic = 0, Solver = 1 }

/// <summary>One analysis rule: reports the diagnostics of its descriptors over a whole bound program.</summary>
public abstract class AnalysisRule
{
    /// <summary>The catalogue entries this rule reports (usually one).</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public abstract AnalysisStage Stage { get; }

    public abstract void Analyze(AnalysisContext context);
}
