using BenchmarkDotNet.Attributes;
using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Core.Benchmarks;

/// <summary>Parse, and parse + bind + type-check, a generated 10,000-line rule set.</summary>
[MemoryDiagnoser]
public class ParseAndBindBenchmarks
{
    private SourceText _text = null!;
    private SyntaxTree _tree = null!;

    [Params(10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = new SourceText("generated.obl", RuleSetGenerator.Generate(Lines));
        _tree = SyntaxTree.Parse(_text);
        var diagnostics = Compilation.Create([_tree]).GetDiagnostics();
        if (!diagnostics.IsEmpty) throw new InvalidOperationException("Generated rule set has diagnostics: " + diagnostics[0]);
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_text);

    [Benchmark]
    public int Bind() => Compilation.Create([_tree]).GetDiagnostics().Length;

    [Benchmark]
    public int ParseAndBind() => Compilation.Create([SyntaxTree.Parse(_text)]).GetDiagnostics().Length;
}
