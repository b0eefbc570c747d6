using System.CommandLine;
using System.Runtime.Loader;
using Obligations.Analysis.Solving;
using Obligations.Cli.Cases;
using Obligations.Cli.Evaluation;
using Obligations.Lowering;
using Obligations.Runtime.Scenarios;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc cases generate &lt;rules&gt; -o DIR</c>: writes solver-found scenario cases reaching every reachable status
/// of every rule and consequence, each checked with the generated evaluator; lists the statuses no case reaches.
/// Exit 0; 1 when the rules have errors or the generated evaluator disagrees with a case; 2 on usage errors.
/// </summary>
public static class CasesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the case files to (created if missing), e.g. the rule set's cases/", Required = true };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds the solver may spend on each case", DefaultValueFactory = _ => 10 };
        var generate = new Command("generate", "Write a small set of solver-found scenario cases that reaches every reachable status.") { paths, output, timeLimit };
        generate.SetAction((parse, cancellationToken) => Task.Run(() => Run(parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(timeLimit), stdout, stderr, cancellationToken), cancellationToken));
        return new Command("cases", "Work with scenario cases.") { generate };
    }

    private static int Run(string[] paths, string output, double seconds, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (seconds <= 0 || seconds > 3600)
        {
            stderr.WriteLine("oblc: --time-limit must be between 0 and 3600 seconds");
            return ExitCodes.Usage;
        }
        var compilation = CompilationLoader.Load(paths, stderr, out var exitCode);
        if (compilation is null) return exitCode;
        var context = new AssemblyLoadContext("oblc-cases", isCollectible: true);
        var host = EvaluatorLoader.Load(compilation, context, stderr, out exitCode);
        if (host is null) return exitCode;
        var program = IrLowering.Lower(compilation.GetBoundProgram(cancellationToken)).Program;
        var set = CaseGenerator.Generate(program, TimeSpan.FromSeconds(seconds), cancellationToken);
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"oblc: {output}: cannot create the folder: {e.Message}");
            return ExitCodes.Usage;
        }
        var disagreements = 0;
        for (var i = 0; i < set.Cases.Length; i++)
        {
            var json = CaseFileWriter.ToJson(set.Cases[i]);
            // The interpreter filled in "expect"; the generated evaluator must agree before the case is offered.
            var check = ScenarioChecker.Check(host, json);
            var file = Path.Combine(output, CaseFileWriter.FileName(i, set.Cases[i]));
            try
            {
                File.WriteAllText(file, json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: {file}: cannot write: {e.Message}");
                return ExitCodes.Usage;
            }
            stdout.WriteLine($"{file}: {set.Cases[i].Description}");
            if (check.Passed) continue;
            disagreements++;
            foreach (var message in check.Messages) stderr.WriteLine($"oblc: {file}: the generated evaluator disagrees with the interpreter: {message}");
        }
        foreach (var u in set.Unreached) stdout.WriteLine(u.ToString());
        var reached = set.Targets - set.Unreached.Length;
        stdout.WriteLine($"{set.Cases.Length} cases reach {reached} of {set.Targets} statuses; {set.Unreached.Count(u => u.Proven)} unreachable, {set.Unreached.Count(u => !u.Proven)} not decided");
        return disagreements > 0 ? ExitCodes.RuleErrors : ExitCodes.Success;
    }
}
