using System.CommandLine;
using Obligations.Cli.Coverage;
using Obligations.Cli.Evaluation;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc test &lt;folder&gt;</c>: runs every rule set's <c>cases/*.json</c>; ends with "N passed, N failed".</summary>
public static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "A folder holding rule sets, each a folder with a cases/ folder of scenario files" };
        var coverage = new CoverageOptions();
        var command = new Command("test", "Run scenario cases against their rule sets.") { folder };
        foreach (var option in coverage.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)!;
            if (!Directory.Exists(root))
            {
                stderr.WriteLine($"oblc: {root}: folder does not exist");
                return ExitCodes.Usage;
            }
            if (ScenarioRunner.FindRuleSets(root).Count == 0)
            {
                stderr.WriteLine($"oblc: {root}: no rule set with a cases/ folder found");
                return ExitCodes.Usage;
            }
            var observer = coverage.IsRequested(parse) ? new CoverageObserver() : null;
            var summary = ScenarioRunner.Run(root, stdout, observer);
            var ioError = false;
            var covered = observer is null || CoverageCommandPart.Report(coverage, parse, observer, stdout, stderr, out ioError);
            stdout.WriteLine(summary.ToString());
            if (ioError) return ExitCodes.Usage;
            return summary.Failed > 0 || !covered ? ExitCodes.RuleErrors : ExitCodes.Success;
        });
        return command;
    }
}
