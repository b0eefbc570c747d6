using System.CommandLine;

namespace Obligations.Cli.Batch;

/// <summary>The options <c>oblc eval</c> takes for a batch: <c>--batch cases.jsonl|.parquet [-o results.jsonl|.parquet] [--fail-fast]</c>.</summary>
public sealed class BatchOptions
{
    public Option<string?> Input { get; } = new("--batch")
    {
        Description = "Evaluate many cases: a JSON Lines file (one case per line, as --facts reads it) or a Parquet file (a column per fact field)",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "With --batch: where to write one result per case, JSON Lines or Parquet by extension (default: JSON Lines on stdout)",
    };

    public Option<bool> FailFast { get; } = new("--fail-fast") { Description = "With --batch: stop at the first case that fails" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(FailFast);
    }
}
