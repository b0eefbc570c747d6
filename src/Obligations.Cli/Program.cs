using System.CommandLine;
using Obligations.Diagnostics;
using Obligations.Cli;
using Obligations.Cli.Commands;

// oblc: exit 0 clean, 1 rule errors, 2 usage or I/O error, 3 internal error (a bug: please report it).
try
{
    var root = new RootCommand("oblc — checks, builds and evaluates .obl rule sets of legal obligations.");
    root.Subcommands.Add(CheckCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(BuildCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(GenerateCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(EvalCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(TestCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(SchemaCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(FormatCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(DiffCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(CasesCommand.Create(Console.Out, Console.Error));
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine($"oblc: {error.Message}");
        Console.Error.WriteLine("Run 'oblc --help' for usage.");
        return ExitCodes.Usage;
    }
    return parse.Invoke();
}
catch (Exception e)
{
    Console.Error.WriteLine($"oblc: internal error {DiagnosticDescriptors.InternalError.Id}: {e.GetType().Name}: {e.Message}");
    return ExitCodes.Internal;
}
