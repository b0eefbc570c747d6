using System.CommandLine;
using Obligations.Formatting;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Cli.Commands;

/// <summary>
/// <c>oblc format [--check] &lt;files|folders&gt;</c>: rewrites files in place, or with --check only lists
/// those that are not formatted. Exit 1 when --check finds one, or a file has syntax errors (left untouched).
/// </summary>
public static class FormatCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths();
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that formatting would change and exit 1 if any." };
        var command = new Command("format", "Format rule sets: indentation, spacing and blank lines; comments are kept.") { paths, check };
        command.SetAction(parse =>
        {
            IReadOnlyList<string> files;
            try
            {
                files = SourceFiles.Expand(parse.GetValue(paths)!);
            }
            catch (SourceFileException e)
            {
                stderr.WriteLine("oblc: " + e.Message);
                return ExitCodes.Usage;
            }
            return Run(files, parse.GetValue(check), stdout, stderr);
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> files, bool checkOnly, TextWriter stdout, TextWriter stderr)
    {
        var exitCode = ExitCodes.Success;
        var changed = 0;
        foreach (var file in files)
        {
            string original;
            try
            {
                original = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                stderr.WriteLine($"oblc: cannot read {file}: {e.Message}");
                return ExitCodes.Usage;
            }
            var tree = SyntaxTree.ParseText(original, file);
            if (!SyntaxFormatter.TryFormat(tree, out var formatted))
            {
                foreach (var diagnostic in tree.Diagnostics) stderr.WriteLine(diagnostic.ToCanonicalString());
                stderr.WriteLine($"oblc: {file} has syntax errors and was not formatted");
                exitCode = ExitCodes.RuleErrors;
                continue;
            }
            if (formatted == original) continue;
            changed++;
            if (checkOnly)
            {
                stdout.WriteLine($"{file}: not formatted");
                exitCode = ExitCodes.RuleErrors;
            }
            else
            {
                File.WriteAllText(file, formatted);
                stdout.WriteLine($"{file}: formatted");
            }
        }
        stdout.WriteLine(checkOnly
            ? $"{files.Count} file(s) checked, {changed} not formatted"
            : $"{files.Count} file(s) checked, {changed} formatted");
        return exitCode;
    }
}
