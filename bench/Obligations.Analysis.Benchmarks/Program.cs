using System.Diagnostics;
using BenchmarkDotNet.Running;
using Obligations.Analysis;
using Obligations.Analysis.Benchmarks;
using Obligations.Semantics;
using Obligations.Syntax;

// --quick: one timed run per size, for a fast look; otherwise BenchmarkDotNet with its usual arguments.
if (args.Contains("--quick"))
{
    foreach (var size in new[] { 100, 1000 })
    {
        var text = RuleSetGenerator.Generate(size);
        var watch = Stopwatch.StartNew();
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "generated.obl")]);
        var diagnostics = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default with { UseConfigurationFiles = false });
        watch.Stop();
        var counts = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        Console.WriteLine($"{size} rules: {watch.Elapsed.TotalSeconds:0.000} s; {counts}");
        var program = compilation.GetBoundProgram();
        var context = new AnalysisContext(program, AnalysisOptions.Default, new Obligations.Diagnostics.DiagnosticBag(), default);
        foreach (var rule in AnalysisRules.All)
        {
            var before = context.Solver.Questions;
            var ruleWatch = Stopwatch.StartNew();
            rule.Analyze(context);
            Console.WriteLine($"  {rule.GetType().Name}: {ruleWatch.Elapsed.TotalMilliseconds:0} ms, {context.Solver.Questions - before} solver questions");
        }
    }
    {
        var program = Obligations.Lowering.IrLowering.Lower(Compilation.Create([SyntaxTree.ParseText(RuleSetGenerator.Generate(10), "g.obl")]).GetBoundProgram()).Program;
        var solver = new Obligations.Analysis.Solving.ConditionSolver(program, AnalysisOptions.Default, default);
        var rule = program.Rules.First();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 500; i++) solver.Solve(e => e.Triggered(rule));
        Console.WriteLine($"one small question: {watch.Elapsed.TotalMilliseconds / 500:0.00} ms");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
