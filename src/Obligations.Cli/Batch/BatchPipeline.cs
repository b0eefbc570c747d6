using System.Diagnostics;
using System.Threading.Channels;

namespace Obligations.Cli.Batch;

/// <summary>
/// Reads chunks on one thread, evaluates and renders them on every core, writes them in input order. At most
/// two chunks per core are in flight (a bounded channel of their tasks, awaited in order), so memory stays
/// constant and output order is input order. Record errors are reported and counted; the batch goes on unless
/// <c>failFast</c>, which stops after the first failing record (written, like every record before it).
/// </summary>
public static class BatchPipeline
{
    public static async Task<BatchSummary> RunAsync(IBatchReader reader, BatchEvaluator evaluator, IBatchWriter writer, bool failFast,
        Action<BatchOutcome> reportError, Action<long> progress)
    {
        var summary = new BatchSummary();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var inFlight = Channel.CreateBounded<Task<BatchChunk>>(new BoundedChannelOptions(Environment.ProcessorCount * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested && reader.Next() is { } chunk)
                {
                    var work = Task.Run(() =>
                    {
                        evaluator.Evaluate(chunk);
                        writer.Render(chunk);
                        return chunk;
                    });
                    await inFlight.Writer.WriteAsync(work, stop.Token);
                }
                inFlight.Writer.TryComplete();
            }
            catch (OperationCanceledException)
            {
                inFlight.Writer.TryComplete();
            }
            catch (Exception e)
            {
                inFlight.Writer.TryComplete(e);
            }
        });
        await foreach (var work in inFlight.Reader.ReadAllAsync())
        {
            var chunk = await work;
            var stopAt = -1;
            for (var i = 0; i < chunk.Outcomes.Length; i++)
            {
                var outcome = chunk.Outcomes[i];
                summary.Records++;
                if (outcome.Error is null) continue;
                if (outcome.BadFacts) summary.BadFacts++;
                else summary.EvaluationFailures++;
                reportError(outcome);
                if (failFast)
                {
                    stopAt = i;
                    break;
                }
            }
            if (stopAt >= 0)
            {
                chunk.Outcomes = chunk.Outcomes[..(stopAt + 1)];
                writer.Render(chunk);
                writer.Write(chunk);
                summary.Stopped = true;
                stop.Cancel();
                // Drain what is still in flight so no worker outlives the batch.
                while (inFlight.Reader.TryRead(out var rest)) await rest.ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            }
            writer.Write(chunk);
            progress(chunk.BytesRead);
        }
        await producer;
        writer.Complete();
        summary.Elapsed = clock.Elapsed;
        return summary;
    }
}
