using System.CommandLine;
using Obligations.Cli.Commands;

namespace Obligations.Emit.Tests;

/// <summary>Runs oblc commands in-process, capturing their output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand("oblc");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(GenerateCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(TestCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));
        var exitCode = root.Parse(args).Invoke();
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
