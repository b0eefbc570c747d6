using System.Runtime.Loader;
using Obligations.Analysis;
using Obligations.Cli.Output;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Semantics;
using Obligations.Diagnostics;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// Gets an evaluator for the commands that evaluate: compiles .obl files or folders in memory, or loads an
/// evaluator assembly (a single .dll path), into a collectible load context. Explains failures on stderr.
/// </summary>
public static class EvaluatorLoader
{
    public static EvaluatorHost? Load(IReadOnlyList<string> paths, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        var context = new AssemblyLoadContext("oblc-evaluator", isCollectible: true);
        if (paths.Count == 1 && paths[0].EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return EvaluatorHost.Load(paths[0], context);
            }
            catch (EvaluatorLoadException e)
            {
                stderr.WriteLine("oblc: " + e.Message);
                exitCode = ExitCodes.Usage;
                return null;
            }
        }
        var compilation = CompilationLoader.Load(paths, stderr, out exitCode);
        return compilation is null ? null : Load(compilation, context, stderr, out exitCode);
    }

    /// <summary>Compiles the rule set in memory; rule errors are written in the canonical form.</summary>
    public static EvaluatorHost? Load(Compilation compilation, AssemblyLoadContext context, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        // Only language errors stop an evaluation: a conflict the analyses find is about the rules, not the facts,
        // and its witness must be replayable here. The analyses are not run for it.
        var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default with { RunAnalyses = false });
        if (check.HasLanguageErrors)
        {
            foreach (var d in check.LanguageErrors) stderr.WriteLine(d.ToCanonicalString());
            exitCode = ExitCodes.RuleErrors;
            return null;
        }
        using var image = new MemoryStream();
        var name = string.Join(", ", compilation.SyntaxTrees.Select(t => t.ModuleName.Split('.')[0]).Distinct());
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default with { RuleSetName = name });
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics) stderr.WriteLine(d.ToCanonicalString());
            exitCode = EmitExitCode(result);
            return null;
        }
        image.Position = 0;
        return EvaluatorHost.Load(image, context);
    }

    /// <summary>OBL4003 is a limit of the rules; the other emit codes are internal errors.</summary>
    public static int EmitExitCode(EmitResult result) =>
        result.Diagnostics.All(d => d.Id == DiagnosticDescriptors.SetEnumTooLarge.Id || !d.Id.StartsWith("OBL4", StringComparison.Ordinal)) ? ExitCodes.RuleErrors : ExitCodes.Internal;
}
