using System.CommandLine;
using Obligations.Cli.Coverage;
using Obligations.Cli.Evaluation;
using Obligations.Cli.Output;
using Obligations.Cli.Output.Reports;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc test &lt;folder|case.json&gt; [--filter TEXT] [--format text|html|markdown]</c>: runs every rule set's
/// <c>cases/*.json</c> (or one case); a line per case, then "N passed, N failed". A report format writes one page
/// with every case explained instead.
/// </summary>
public static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "A folder holding rule sets, each a folder with a cases/ folder of scenario files; or one scenario file" };
        var filter = new Option<string?>("--filter") { Description = "Run only the cases whose path contains this text" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, html (one self-contained page) or markdown", DefaultValueFactory = _ => OutputFormats.Text };
        format.AcceptOnlyFromAmong(OutputFormats.Text, ReportFormats.Html, ReportFormats.Markdown);
        var coverage = new CoverageOptions();
        var command = new Command("test", "Run scenario cases against their rule sets.") { folder, filter, format };
        foreach (var option in coverage.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)!;
            var isCase = File.Exists(root);
            if (isCase && Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(root))) != "cases")
            {
                stderr.WriteLine($"oblc: {root}: a scenario file must be in a rule set's cases/ folder");
                return ExitCodes.Usage;
            }
            if (!isCase && !Directory.Exists(root))
            {
                stderr.WriteLine($"oblc: {root}: folder does not exist");
                return ExitCodes.Usage;
            }
            if (!isCase && ScenarioRunner.FindRuleSets(root).Count == 0)
            {
                stderr.WriteLine($"oblc: {root}: no rule set with a cases/ folder found");
                return ExitCodes.Usage;
            }
            var report = ReportFormats.IsReport(parse.GetValue(format));
            var cases = new List<CaseReport>();
            var options = new ScenarioRunOptions
            {
                PerCase = !report,
                Filter = parse.GetValue(filter),
                OnCase = report ? (host, path, json, failures) => cases.Add(TestCaseReports.Evaluate(host, path, json, failures)) : null,
            };
            var log = report ? TextWriter.Null : stdout;
            var observer = coverage.IsRequested(parse) ? new CoverageObserver() : null;
            var summary = ScenarioRunner.Run(root, log, options, observer);
            var ioError = false;
            var covered = observer is null || CoverageCommandPart.Report(coverage, parse, observer, stdout, stderr, out ioError);
            if (report) ReportFormats.Write(stdout, parse.GetValue(format)!, $"oblc test {root}: {summary}", cases);
            else stdout.WriteLine(summary.ToString());
            if (ioError) return ExitCodes.Usage;
            return summary.Failed > 0 || !covered ? ExitCodes.RuleErrors : ExitCodes.Success;
        });
        return command;
    }
}
