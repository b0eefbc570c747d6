using BenchmarkDotNet.Attributes;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Analysis.Benchmarks;

/// <summary>The full check (parse, bind, every analysis with the solver) and the analyses alone on generated rule sets.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string _text = string.Empty;
    private Compilation _bound = null!;

    [Params(100, 1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = RuleSetGenerator.Generate(Rules);
        _bound = Compilation.Create([SyntaxTree.ParseText(_text, "generated.obl")]);
        _bound.GetDiagnostics();
    }

    [Benchmark(Description = "oblc check (parse, bind, analyse)")]
    public int FullCheck()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText(_text, "generated.obl")]);
        return AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default with { UseConfigurationFiles = false }).Length;
    }

    [Benchmark(Description = "analyses only")]
    public int AnalysesOnly() => AnalysisDriver.RunAnalyses(_bound, AnalysisOptions.Default).Length;
}
