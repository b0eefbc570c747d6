using System.Collections.Immutable;
using System.CommandLine;
using Obligations.Analysis.Solving;
using Obligations.Cli.Diff;
using Obligations.Lowering;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc diff &lt;old&gt; &lt;new&gt;</c>, <c>oblc diff --git REV1..REV2 [paths]</c> or <c>oblc diff REV [paths]</c>
/// (the revision against the working tree): whether each rule's and consequence's outcome can differ between two
/// versions. Exit 0 when no outcome changes, 1 when some do or some cannot be decided, 2 on usage errors.
/// </summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("versions")
        {
            Description = "Two .obl files or folders (old, new); or a git revision compared with the working tree, then optional paths",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<string?>("--git") { Description = "Compare two git revisions, REV1..REV2; the arguments are then paths within the repository (default: .)" };
        var rename = new Option<string[]>("--rename") { Description = "A rule or consequence renamed by the amendment, old=new (repeatable)", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or markdown (a report for a pull request)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds the solver may spend on each rule", DefaultValueFactory = _ => 10 };
        var command = new Command("diff", "Show which rules' and consequences' outcomes an amendment changes, with a situation for each change.")
            { inputs, git, rename, format, timeLimit };
        command.SetAction((parse, cancellationToken) => Task.Run(() =>
        {
            var args = parse.GetValue(inputs) ?? [];
            var renames = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var r in parse.GetValue(rename) ?? [])
            {
                var parts = r.Split('=');
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                {
                    stderr.WriteLine($"oblc: --rename {r}: expected old=new");
                    return ExitCodes.Usage;
                }
                renames[parts[0].Trim()] = parts[1].Trim();
            }
            if (parse.GetValue(timeLimit) is var seconds && (seconds <= 0 || seconds > 3600))
            {
                stderr.WriteLine("oblc: --time-limit must be between 0 and 3600 seconds");
                return ExitCodes.Usage;
            }
            if (!Versions(args, parse.GetValue(git), stderr, out var old, out var @new, out var oldLabel, out var newLabel)) return ExitCodes.Usage;
            var report = AmendmentDiffer.Diff(old!, @new!, new DiffOptions { Renames = renames.ToImmutable(), TimeLimit = TimeSpan.FromSeconds(seconds) }, cancellationToken);
            switch (parse.GetValue(format))
            {
                case "json": DiffJsonWriter.Write(stdout, report); break;
                case "markdown": DiffMarkdownWriter.Write(stdout, report, oldLabel, newLabel); break;
                default: DiffTextWriter.Write(stdout, report); break;
            }
            // "Not decided" is no claim that nothing changed, so it fails a CI check as a change does.
            return report.HasChanges || report.HasUndecided ? ExitCodes.RuleErrors : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static bool Versions(string[] args, string? git, TextWriter stderr, out IrProgram? old, out IrProgram? @new, out string oldLabel, out string newLabel)
    {
        old = @new = null;
        oldLabel = newLabel = "";
        if (git is not null)
        {
            var revisions = git.Split("..");
            if (revisions.Length != 2 || revisions.Any(r => r.Length == 0))
            {
                stderr.WriteLine($"oblc: --git {git}: expected REV1..REV2");
                return false;
            }
            var paths = args.Length == 0 ? ["."] : args;
            (oldLabel, newLabel) = (revisions[0], revisions[1]);
            old = RuleSetVersion.FromGit(revisions[0], paths, stderr);
            @new = old is null ? null : RuleSetVersion.FromGit(revisions[1], paths, stderr);
            return @new is not null;
        }
        if (args.Length == 0)
        {
            stderr.WriteLine("oblc: diff needs two rule sets (old new), --git REV1..REV2, or a revision to compare the working tree with");
            return false;
        }
        if (File.Exists(args[0]) || Directory.Exists(args[0]))
        {
            if (args.Length != 2)
            {
                stderr.WriteLine("oblc: diff needs exactly two rule sets, old and new");
                return false;
            }
            (oldLabel, newLabel) = (args[0], args[1]);
            old = RuleSetVersion.FromPaths([args[0]], stderr);
            @new = old is null ? null : RuleSetVersion.FromPaths([args[1]], stderr);
            return @new is not null;
        }
        // A revision: its rule files against the working tree's.
        var scope = args.Length == 1 ? ["."] : args[1..];
        (oldLabel, newLabel) = (args[0], "working tree");
        old = RuleSetVersion.FromGit(args[0], scope, stderr);
        @new = old is null ? null : RuleSetVersion.FromPaths(scope, stderr);
        return @new is not null;
    }
}
