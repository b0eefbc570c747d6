using System.Globalization;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;

namespace Obligations.Cli.Batch;

/// <summary>
/// <c>oblc eval &lt;rules&gt; --batch cases.jsonl|.parquet [-o results.jsonl|.parquet] [--now ISO] [--fail-fast]</c>:
/// every case evaluated, one result per case in input order; a case that fails is reported on stderr as
/// <c>cases.jsonl(LINE): $.json.path: problem</c> and as an error record, and the batch goes on.
/// Exit 0 when every case evaluated, 2 when some facts did not fit, 1 when an evaluation failed.
/// </summary>
public static class BatchRunner
{
    public static int Run(EvaluatorHost host, string input, string? output, bool failFast, string? nowText, TextWriter stdout, TextWriter stderr)
    {
        DateTimeOffset? now = null;
        if (nowText is not null)
        {
            if (!DateText.TryParse(nowText, out var parsed))
            {
                stderr.WriteLine($"oblc: --now: expected {DateText.Expected}, found \"{nowText}\"");
                return ExitCodes.Usage;
            }
            now = parsed;
        }
        IBatchReader reader;
        try
        {
            var stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            reader = IsParquet(input) ? new ParquetCaseReader(stream, host.Evaluator.FactsType) : new JsonLinesReader(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stderr.WriteLine($"oblc: {input}: cannot be read: {e.Message}");
            return ExitCodes.Usage;
        }
        using (reader)
        {
            IBatchWriter writer;
            try
            {
                Stream sink = output is null ? new TextWriterStream(stdout) : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                writer = output is not null && IsParquet(output) ? new ParquetResultWriter(sink, host.RuleSet) : new JsonLinesWriter(sink, host.RuleSet);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: {output}: cannot be written: {e.Message}");
                return ExitCodes.Usage;
            }
            using (writer)
            {
                var evaluator = new BatchEvaluator(host, now, DateTimeOffset.UtcNow);
                void Report(BatchOutcome o) =>
                    stderr.WriteLine(string.IsNullOrEmpty(o.ErrorPath) ? $"{input}({o.Line}): {o.Error}" : $"{input}({o.Line}): {o.ErrorPath}: {o.Error}");
                BatchSummary summary;
                try
                {
                    summary = BatchProgress.Wanted(output)
                        ? BatchProgress.RunAsync(reader.TotalBytes, progress => BatchPipeline.RunAsync(reader, evaluator, writer, failFast, Report, progress)).GetAwaiter().GetResult()
                        : BatchPipeline.RunAsync(reader, evaluator, writer, failFast, Report, _ => { }).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Parquet.ParquetException)
                {
                    stderr.WriteLine($"oblc: {input}: {e.Message}");
                    return ExitCodes.Usage;
                }
                var failed = summary.BadFacts + summary.EvaluationFailures;
                var rate = summary.Records / Math.Max(summary.Elapsed.TotalSeconds, 1e-6);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"oblc: {summary.Records:N0} cases in {summary.Elapsed.TotalSeconds:0.00} s ({rate:N0}/s), {failed:N0} failed{(summary.Stopped ? "; stopped at the first failure (--fail-fast)" : "")}"));
                return summary.BadFacts > 0 ? ExitCodes.Usage : summary.EvaluationFailures > 0 ? ExitCodes.RuleErrors : ExitCodes.Success;
            }
        }
    }

    private static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
}
