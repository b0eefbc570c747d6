using System.Diagnostics;

namespace Obligations.Cli.Tests;

/// <summary>Runs the built oblc with extra environment variables and an optional time limit.</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "oblc.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("oblc did not finish within 60 s: " + string.Join(" ", args));
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
