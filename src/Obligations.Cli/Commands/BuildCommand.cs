using System.CommandLine;
using Obligations.Analysis;
using Obligations.Cli.Evaluation;
using Obligations.Cli.Output;
using Obligations.Cli.Output.Terminal;
using Obligations.Emit;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc build &lt;files|folders&gt; -o Rules.dll [--emit-cs DIR] [--namespace N] [--class-name C]</c>: writes an
/// evaluator assembly (and Obligations.Runtime.dll beside it). Nothing is written when the rules have errors.
/// </summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var output = new Option<string>("--output", "-o") { Description = "The evaluator assembly to write, e.g. Rules.dll", Required = true };
        var emitCs = new Option<string?>("--emit-cs") { Description = "Also write the generated C# into this folder" };
        var ns = CommonArguments.Namespace();
        var className = CommonArguments.ClassName();
        var format = OutputFormats.CreateOption();
        var color = ColorMode.CreateOption();
        var command = new Command("build", "Compile rule sets into an evaluator assembly.") { paths, output, emitCs, ns, className, format, color };
        command.SetAction(parse =>
        {
            var outputPath = parse.GetValue(output)!;
            var options = CommonArguments.EvaluatorOptionsFrom(parse, ns, className,
                Path.GetFileNameWithoutExtension(outputPath), ruleSetName: null, stderr);
            if (options is null) return ExitCodes.Usage;
            var compilation = CompilationLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode);
            if (compilation is null) return exitCode;
            var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default);
            var diagnostics = check.Diagnostics;
            var formatName = parse.GetValue(format)!;
            if (check.HasErrors)
            {
                DiagnosticWriter.Write(stdout, formatName, diagnostics, compilation.SyntaxTrees.Length, ColorMode.For(stdout, parse.GetValue(color)!));
                return ExitCodes.RuleErrors;
            }
            using var image = new MemoryStream();
            var result = EvaluatorEmitter.Emit(compilation, image, options);
            var all = diagnostics.AddRange(result.Diagnostics);
            if (formatName != OutputFormats.Text || !all.IsEmpty) DiagnosticWriter.Write(stdout, formatName, all, compilation.SyntaxTrees.Length, ColorMode.For(stdout, parse.GetValue(color)!));
            try
            {
                if (parse.GetValue(emitCs) is { } folder && result.GeneratedSource is not null)
                {
                    Directory.CreateDirectory(folder);
                    File.WriteAllText(Path.Combine(folder, result.GeneratedFileName!), result.GeneratedSource);
                }
                if (!result.Success) return EvaluatorLoader.EmitExitCode(result);
                Write(outputPath, image);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: cannot write output: {e.Message}");
                return ExitCodes.Usage;
            }
            if (formatName == OutputFormats.Text) stdout.WriteLine($"oblc: wrote {outputPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the assembly and puts the runtime library it references beside it.</summary>
    private static void Write(string outputPath, MemoryStream image)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(outputPath, image.ToArray());
        var runtime = typeof(Obligations.Runtime.EvaluationResult).Assembly.Location;
        var target = Path.Combine(directory, Path.GetFileName(runtime));
        if (!string.Equals(Path.GetFullPath(runtime), target, StringComparison.Ordinal)) File.Copy(runtime, target, overwrite: true);
    }
}
