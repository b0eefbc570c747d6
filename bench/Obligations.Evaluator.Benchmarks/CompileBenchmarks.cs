using BenchmarkDotNet.Attributes;
using Obligations.Core.Benchmarks;
using Obligations.Emit;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// Compiling a rule set to an evaluator DLL in memory: parse, bind, type-check, generate C# and compile it with
/// Roslyn (what `oblc build` does, minus the obligation analyses and writing the file). Warm: the compiler is
/// already loaded and jitted, as in a long-running process or the language server.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    public const string Generated = "generated-10000-lines";

    private IReadOnlyList<SourceText> _sources = [];

    [Params("harm-prevention", "data-breach", "vulnerability-disclosure", Generated)]
    public string RuleSet { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _sources = RuleSet == Generated
            ? [new SourceText("generated.obl", RuleSetGenerator.Generate(10_000))]
            : SourceFiles.Read(SourceFiles.Expand([Path.Combine(RepoRoot(), "examples", RuleSet)]));
        CompileToDll();
    }

    [Benchmark]
    public long CompileToDll()
    {
        var compilation = Compilation.Parse(_sources);
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default with { AssemblyName = "Bench" });
        if (!result.Success)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5).Select(d => d.ToCanonicalString())));
        return image.Length;
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Obligations.sln not found; run from inside the repository.");
    }
}
