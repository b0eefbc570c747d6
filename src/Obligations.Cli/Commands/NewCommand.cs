using System.CommandLine;
using System.Text.RegularExpressions;
using Obligations.Cli.Scaffolding;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc new &lt;name&gt;</c>: a folder with a rule set, a scenario case and an obligations.json that check and test clean.</summary>
public static partial class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The folder to create; its name (in snake_case) becomes the module name" };
        var command = new Command("new", "Create a rule set to start from: rules, a scenario case and obligations.json.") { name };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(name)!;
            var module = ModuleName(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)));
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                stderr.WriteLine($"oblc: {folder}: already exists and is not empty; choose a new name");
                return ExitCodes.Usage;
            }
            try
            {
                Directory.CreateDirectory(Path.Combine(folder, "cases"));
                File.WriteAllText(Path.Combine(folder, module + ".obl"), NewProjectTemplate.Rules(module));
                File.WriteAllText(Path.Combine(folder, "cases", "request-answered-late.json"), NewProjectTemplate.Case);
                File.WriteAllText(Path.Combine(folder, "obligations.json"), NewProjectTemplate.Configuration);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: {folder}: cannot be written: {e.Message}");
                return ExitCodes.Usage;
            }
            stdout.WriteLine($"oblc: created {folder}/ with {module}.obl, cases/request-answered-late.json and obligations.json");
            stdout.WriteLine($"next: oblc check {folder} && oblc test {folder}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"My Rules-2" → "my_rules_2"; a name that starts with a digit gets a leading "rules_".</summary>
    public static string ModuleName(string folderName)
    {
        var snake = NonIdentifier().Replace(folderName.ToLowerInvariant(), "_").Trim('_');
        if (snake.Length == 0) return "rules";
        return char.IsDigit(snake[0]) ? "rules_" + snake : snake;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonIdentifier();
}
