using System.CommandLine;
using Obligations.Cli;
using Obligations.Cli.Commands;

// oblc: exit 0 clean, 1 rule errors, 2 usage or I/O error, 3 internal error (a bug: please report it).
var verbose = InternalErrorReporter.IsVerbose(args);
// A failure on a thread oblc did not expect one on still ends with the one-line report and exit code 3.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    InternalErrorReporter.Report(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown failure"), Console.Error, verbose);
    Console.Error.Flush();
    Environment.Exit(ExitCodes.Internal);
};
try
{
    var root = new RootCommand("oblc — checks, builds and evaluates .obl rule sets of legal obligations.");
    root.Options.Add(new Option<bool>(InternalErrorReporter.VerboseOption)
    {
        Description = "On an internal error, also print its stack trace",
        Recursive = true,
    });
    root.Subcommands.Add(CheckCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(BuildCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(GenerateCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(EvalCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(TestCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(SchemaCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(FormatCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(ServeCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(ExplainCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(NewCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(DiffCommand.Create(Console.Out, Console.Error));
    root.Subcommands.Add(CasesCommand.Create(Console.Out, Console.Error));
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine($"oblc: {error.Message}");
        Console.Error.WriteLine("Run 'oblc --help' for usage.");
        return ExitCodes.Usage;
    }
    // The library's own handler would print "Unhandled exception" and exit 1, the code for rule errors.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("oblc: cancelled");
    return 130;
}
catch (Exception e)
{
    return InternalErrorReporter.Report(e, Console.Error, verbose);
}
