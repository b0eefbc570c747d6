using Obligations.Binding;
using Obligations.Diagnostics;
using Obligations.Analysis.Solving;

namespace Obligations.Analysis;

/// <summary>What a rule sees: the bound program, the options, the cancellation token and where to report.</summary>
public sealed class AnalysisContext
{
    private readonly DiagnosticBag _bag;
    private readonly Lazy<ConditionSolver> _solver;

    internal AnalysisContext(BoundProgram program, AnalysisOptions options, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        Program = program;
        Options = options;
        _bag = bag;
        CancellationToken = cancellationToken;
        _solver = new Lazy<ConditionSolver>(() => new ConditionSolver(program, options, cancellationToken));
    }

    public BoundProgram Program { get; }
    public AnalysisOptions Options { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The solver session shared by every solver rule of one run (scaling and caches are per program).</summary>
    internal ConditionSolver Solver => _solver.Value;

    public void Report(Diagnostic diagnostic) => _bag.Add(diagnostic);
}
