using System.CommandLine;
using System.Text.Json;
using Obligations.Cli.Batch;
using Obligations.Cli.Evaluation;
using Obligations.Cli.Output;
using Obligations.Cli.Output.Reports;
using Obligations.Runtime;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc eval &lt;rules&gt; --facts case.json [--now ISO] [--explain|--trace] [--verbose] [--format text|json|html|markdown]</c>.</summary>
public static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("rules")
        {
            Description = ".obl files or folders, or one evaluator assembly (.dll) written by 'oblc build'",
            Arity = ArgumentArity.OneOrMore,
        };
        var facts = new Option<string>("--facts") { Description = "JSON facts: a scenario file (with \"facts\" and \"now\") or a facts object" };
        var now = new Option<string?>("--now") { Description = "The evaluation instant (ISO 8601); default: the file's \"now\", else the current time" };
        var explain = new Option<bool>("--explain") { Description = "Show why: a summary, then the reasons that decided each status, with the facts and legal sources" };
        var trace = new Option<bool>("--trace") { Description = "Show every condition evaluated, held or not, with file(line,col)" };
        var verbose = new Option<bool>("--verbose") { Description = "With --explain: also where each rule and reason is written, as file(line,col)" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, html (one self-contained page) or markdown", DefaultValueFactory = _ => OutputFormats.Text };
        format.AcceptOnlyFromAmong(OutputFormats.Text, OutputFormats.Json, ReportFormats.Html, ReportFormats.Markdown);
        var command = new Command("eval", "Evaluate a rule set on JSON facts and print every rule's status.") { paths, facts, now, explain, trace, verbose, format };
        var batch = new BatchOptions();
        batch.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(facts) is null == parse.GetValue(batch.Input) is null)
            {
                stderr.WriteLine("oblc: eval: give either --facts or --batch");
                return ExitCodes.Usage;
            }
            var host = EvaluatorLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode);
            if (host is null) return exitCode;
            if (parse.GetValue(batch.Input) is { } batchInput) return BatchRunner.Run(host, batchInput, parse.GetValue(batch.Output), parse.GetValue(batch.FailFast), parse.GetValue(now), stdout, stderr);
            var factsPath = parse.GetValue(facts)!;
            FactsFile file;
            string factsJson;
            try
            {
                factsJson = File.ReadAllText(factsPath);
                file = FactsFile.Read(factsJson, host);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: {factsPath}: cannot be read: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (FactsJsonException e)
            {
                stderr.WriteLine($"oblc: {factsPath}: {e.Message}");
                return ExitCodes.Usage;
            }
            DateTimeOffset instant;
            if (parse.GetValue(now) is { } text)
            {
                if (!DateText.TryParse(text, out instant))
                {
                    stderr.WriteLine($"oblc: --now: expected {DateText.Expected}, found \"{text}\"");
                    return ExitCodes.Usage;
                }
            }
            else instant = file.Now ?? DateTimeOffset.UtcNow;
            var result = EvaluationRunner.Run(host, file.Facts, instant, out var error);
            if (result is null)
            {
                stderr.WriteLine("oblc: " + error);
                return ExitCodes.RuleErrors;
            }
            var level = parse.GetValue(trace) ? ExplainLevel.Trace : parse.GetValue(explain) ? ExplainLevel.Explain : ExplainLevel.None;
            if (ReportFormats.IsReport(parse.GetValue(format)))
            {
                var report = CaseReports.Of(Obligations.Semantics.SourceFiles.DisplayPath(Path.GetFullPath(factsPath)), factsJson, result, file.Facts);
                ReportFormats.Write(stdout, parse.GetValue(format)!, $"{result.RuleSet.Name}: {Path.GetFileNameWithoutExtension(factsPath)}", [report]);
            }
            else if (parse.GetValue(format) == OutputFormats.Json)
                stdout.WriteLine(ResultJsonWriter.ToJson(result, file.Facts, level).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else
                ResultWriter.WriteText(stdout, result, file.Facts, level, parse.GetValue(verbose));
            return ExitCodes.Success;
        });
        return command;
    }
}
