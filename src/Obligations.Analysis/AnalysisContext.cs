using Obligations.Binding;
using Obligations.Diagnostics;
using Obligations.Analysis.Solving;
using Obligations.Lowering;

namespace Obligations.Analysis;

/// <summary>
/// What a rule sees: the bound program (for the syntactic rules), its rule IR (lowered once per run, for the solver
/// rules), the options, the cancellation token and where to report.
/// </summary>
public sealed class AnalysisContext
{
    private readonly DiagnosticBag _bag;
    private readonly Lazy<ConditionSolver> _solver;
    private readonly Lazy<IrLoweringResult> _lowered;
    private bool? _hasRules;
    private bool? _hasGuardedMatches;

    internal AnalysisContext(BoundProgram program, AnalysisOptions options, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        Program = program;
        Options = options;
        _bag = bag;
        CancellationToken = cancellationToken;
        _lowered = new Lazy<IrLoweringResult>(() => IrLowering.Lower(program, cancellationToken));
        _solver = new Lazy<ConditionSolver>(() => new ConditionSolver(_lowered.Value.Program, options, cancellationToken));
    }

    public BoundProgram Program { get; }
    public AnalysisOptions Options { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The rule IR of the program and the map from symbols to it; the solver rules read only this.</summary>
    public IrLoweringResult Lowered => _lowered.Value;

    /// <summary>The rule IR the solver rules read.</summary>
    public IrProgram Ir => _lowered.Value.Program;

    /// <summary>
    /// Whether there is anything for the solver rules: rules, or a guarded match without <c>else</c>. Without, the
    /// program is not lowered at all (a large file of triggers alone costs the editor nothing extra).
    /// </summary>
    internal bool HasRules => _hasRules ??= Program.Rules.Any();

    internal bool HasGuardedMatches => _hasGuardedMatches ??= Program.Expressions.Values.Any(e => e is BoundMatch { Subject: null, HasElse: false });

    /// <summary>The solver session shared by every solver rule of one run (scaling and caches are per program).</summary>
    internal ConditionSolver Solver => _solver.Value;

    public void Report(Diagnostic diagnostic) => _bag.Add(diagnostic);
}
