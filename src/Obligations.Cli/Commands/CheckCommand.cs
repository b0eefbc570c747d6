using System.CommandLine;
using Obligations.Analysis;
using Obligations.Cli.Output;
using Obligations.Diagnostics;
using Obligations.Semantics;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc check &lt;files|folders&gt; [--format text|json|sarif] [--norms]</c>.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var format = OutputFormats.CreateOption();
        var norms = new Option<bool>("--norms") { Description = "Also list the rules and criteria that rest on non-binding norms (emerging, proposed, best practice, contested)" };
        var command = new Command("check", "Check rule sets and report every diagnostic.") { paths, format, norms };
        // Ctrl+C cancels parsing, binding and the solver; System.CommandLine passes the token.
        command.SetAction((parse, cancellationToken) => Task.Run(() =>
        {
            var compilation = CompilationLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode);
            if (compilation is null) return exitCode;
            var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default, cancellationToken);
            DiagnosticWriter.Write(stdout, parse.GetValue(format)!, check.Diagnostics, compilation.SyntaxTrees.Length);
            if (parse.GetValue(norms)) NormsReport.Write(stdout, compilation.GetBoundProgram(cancellationToken));
            return check.HasErrors ? ExitCodes.RuleErrors : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
