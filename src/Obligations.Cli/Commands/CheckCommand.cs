using System.Collections.Immutable;
using System.CommandLine;
using Obligations.Analysis;
using Obligations.Cli.Output;
using Obligations.Cli.Output.Terminal;
using Obligations.Diagnostics;
using Obligations.Semantics;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc check &lt;files|folders&gt; [--format text|json|sarif] [--color auto|always|never] [--norms]</c>. A file
/// named alone is checked with the rest of its module and the modules it imports (see <see cref="ModuleLoader"/>);
/// only its own diagnostics are reported.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var format = OutputFormats.CreateOption();
        var color = ColorMode.CreateOption();
        var norms = new Option<bool>("--norms") { Description = "Also list the rules and criteria that rest on non-binding norms (emerging, proposed, best practice, contested)" };
        var command = new Command("check", "Check rule sets and report every diagnostic.") { paths, format, color, norms };
        // Ctrl+C cancels parsing, binding and the solver; System.CommandLine passes the token.
        command.SetAction((parse, cancellationToken) => Task.Run(() =>
        {
            if (ModuleLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode) is not var (compilation, named)) return exitCode;
            var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default, cancellationToken);
            // Only the named files' own diagnostics, and whatever concerns no rule file (an obligations.json problem).
            var sources = compilation.SyntaxTrees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
            var diagnostics = check.Diagnostics
                .Where(d => named is null || named.Contains(d.Location.Path) || !sources.Contains(d.Location.Path)).ToImmutableArray();
            var fileCount = named?.Count ?? compilation.SyntaxTrees.Length;
            DiagnosticWriter.Write(stdout, parse.GetValue(format)!, diagnostics, fileCount, ColorMode.For(stdout, parse.GetValue(color)!));
            if (parse.GetValue(norms)) NormsReport.Write(stdout, compilation.GetBoundProgram(cancellationToken));
            return diagnostics.Any(d => d.IsError) ? ExitCodes.RuleErrors : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
