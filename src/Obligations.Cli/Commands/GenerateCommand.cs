using System.CommandLine;
using Obligations.Analysis;
using Obligations.Cli.Evaluation;
using Obligations.Emit;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc generate &lt;files|folders&gt; -o Rules.g.cs [--namespace N] [--class-name C] [--rule-set-name R]</c>:
/// writes the evaluator's C# source only, for a project that compiles it into its own assembly (the MSBuild
/// integration). Diagnostics are written in the canonical form, which MSBuild reads as errors and warnings.
/// Nothing is written when the rules have errors.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var output = new Option<string>("--output", "-o") { Description = "The C# file to write, e.g. obj/RulesEvaluator.g.cs", Required = true };
        var ns = CommonArguments.Namespace();
        var className = CommonArguments.ClassName();
        var ruleSetName = new Option<string?>("--rule-set-name") { Description = "The name results give the rule set (default: the output file's name)" };
        var command = new Command("generate", "Write an evaluator's C# source, to compile into another project.") { paths, output, ns, className, ruleSetName };
        command.SetAction(parse =>
        {
            var outputPath = parse.GetValue(output)!;
            // The assembly name only matters for a compiled image; the project names its own assembly.
            var options = CommonArguments.EvaluatorOptionsFrom(parse, ns, className,
                Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(outputPath)), parse.GetValue(ruleSetName), stderr);
            if (options is null) return ExitCodes.Usage;
            var compilation = CompilationLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode);
            if (compilation is null) return exitCode;
            var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default);
            var diagnostics = check.Diagnostics;
            if (check.HasErrors)
            {
                foreach (var d in diagnostics) stdout.WriteLine(d.ToCanonicalString());
                return ExitCodes.RuleErrors;
            }
            var result = EvaluatorEmitter.Generate(compilation, options);
            foreach (var d in diagnostics.AddRange(result.Diagnostics)) stdout.WriteLine(d.ToCanonicalString());
            if (!result.Success || result.GeneratedSource is null) return EvaluatorLoader.EmitExitCode(result);
            try
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
                Directory.CreateDirectory(directory);
                // Always rewritten, even when unchanged: MSBuild compares its time stamp with the rules'.
                File.WriteAllText(outputPath, result.GeneratedSource);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: cannot write output: {e.Message}");
                return ExitCodes.Usage;
            }
            stdout.WriteLine($"oblc: generated {outputPath} from {compilation.SyntaxTrees.Length} file(s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
