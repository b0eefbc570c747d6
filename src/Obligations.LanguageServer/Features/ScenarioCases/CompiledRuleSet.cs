using System.Runtime.Loader;
using Obligations.Analysis;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.ScenarioCases;

/// <summary>
/// A rule set folder compiled from the workspace's current trees (open documents included) into an evaluator,
/// with the same checks <c>oblc test</c> makes: any error of the compiler or the analyses, or of emit, means no
/// evaluator and <see cref="Error"/> says why. Owns the collectible load context; <see cref="Dispose"/> unloads it.
/// </summary>
internal sealed class CompiledRuleSet : IDisposable
{
    private readonly AssemblyLoadContext? _context;

    private CompiledRuleSet(IReadOnlyList<SyntaxTree> trees, EvaluatorHost? host, string? error, AssemblyLoadContext? context)
    {
        Trees = trees;
        Host = host;
        Error = error;
        _context = context;
    }

    /// <summary>The trees it was compiled from, to tell whether an edit made it stale.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    public EvaluatorHost? Host { get; }

    public string? Error { get; }

    public bool IsCurrent(IReadOnlyList<SyntaxTree> trees) => trees.Count == Trees.Count && trees.Zip(Trees).All(p => ReferenceEquals(p.First, p.Second));

    public static CompiledRuleSet Compile(IReadOnlyList<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        if (trees.Count == 0) return new CompiledRuleSet(trees, null, "no .obl files beside cases/", null);
        var compilation = Compilation.Create(trees);
        // The same gate as oblc eval and oblc test: only language errors stop an evaluation.
        var errors = AnalysisDriver.Check(compilation, AnalysisOptions.Default with { RunAnalyses = false }, cancellationToken).LanguageErrors.ToList();
        if (errors.Count > 0)
            return new CompiledRuleSet(trees, null, $"the rule set does not compile: {errors[0].ToCanonicalString()}" + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : ""), null);
        using var image = new MemoryStream();
        var name = string.Join(", ", trees.Select(t => t.ModuleName.Split('.')[0]).Distinct());
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default with { RuleSetName = name });
        if (!result.Success)
            return new CompiledRuleSet(trees, null, "the rule set does not compile: " + string.Join("; ", result.Diagnostics.Select(d => d.ToCanonicalString())), null);
        image.Position = 0;
        var context = new AssemblyLoadContext("obl-lsp-cases", isCollectible: true);
        return new CompiledRuleSet(trees, EvaluatorHost.Load(image, context), null, context);
    }

    public void Dispose() => _context?.Unload();
}
