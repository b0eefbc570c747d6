using Spectre.Console;

namespace Obligations.Cli.Batch;

/// <summary>
/// A progress bar on stderr (bytes of input done), only when stderr is a terminal and results go to a file, so
/// that redirected output and CI logs stay plain.
/// </summary>
public static class BatchProgress
{
    public static bool Wanted(string? output) => output is not null && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static async Task<T> RunAsync<T>(long? totalBytes, Func<Action<long>, Task<T>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("evaluating", maxValue: totalBytes ?? 1);
                task.IsIndeterminate = totalBytes is null;
                var result = await run(done => task.Value = totalBytes is null ? 0 : done);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
