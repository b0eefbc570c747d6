using System.Diagnostics;
using System.Text.Json;
using Obligations.Evaluator.Benchmarks.Rules;

namespace Obligations.Evaluator.Benchmarks.Batch;

/// <summary>
/// For the batch-evaluation figure: writes N random harm-prevention cases as JSON Lines (scenario objects with
/// "now" and "facts"), and measures how fast System.Text.Json alone parses that file (JsonDocument per line, on
/// one thread and on every core) — the ceiling `oblc eval --batch` is compared with.
/// </summary>
public static class BatchThroughput
{
    public static void WriteFile(int count, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        var written = 0;
        for (var seed = 1; written < count; seed++)
        {
            foreach (var (facts, now) in FactsGenerator.Generate(Math.Min(10_000, count - written), seed))
            {
                json.WriteStartObject();
                json.WriteString("now", Obligations.Runtime.DateText.Format(now));
                json.WritePropertyName("facts");
                FactsJsonWriter.Write(json, facts);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
                written++;
            }
        }
        Console.WriteLine($"{written:N0} cases, {stream.Length / 1e6:N0} MB: {path}");
    }

    public static void Parse(string path)
    {
        var lines = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var line in File.ReadLines(path))
        {
            using var document = JsonDocument.Parse(line);
            lines += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
        }
        Report("System.Text.Json, 1 thread", lines, clock.Elapsed);
        clock.Restart();
        lines = File.ReadLines(path).AsParallel().AsOrdered().Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? 1L : 0L;
        }).Sum();
        Report($"System.Text.Json, {Environment.ProcessorCount} threads", lines, clock.Elapsed);
    }

    /// <summary>Where a batch record's time goes, on one thread over the first <paramref name="count"/> lines (CPU time).</summary>
    public static void Split(string path, int count)
    {
        var lines = File.ReadLines(path).Take(count).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var result = RulesEvaluator.CreateResult();
        var parse = Cpu(() => { foreach (var line in lines) { using var d = JsonDocument.Parse(line); } });
        var read = Cpu(() =>
        {
            foreach (var line in lines)
            {
                using var d = JsonDocument.Parse(line);
                Obligations.Runtime.Hosting.FactsCase.Read(typeof(Facts), d.RootElement, "$");
            }
        });
        var evaluate = Cpu(() =>
        {
            foreach (var line in lines)
            {
                using var d = JsonDocument.Parse(line);
                var c = Obligations.Runtime.Hosting.FactsCase.Read(typeof(Facts), d.RootElement, "$");
                RulesEvaluator.Evaluate((Facts)c.Facts, c.Now!.Value, result);
            }
        });
        Console.WriteLine($"per record, 1 thread, {lines.Length:N0} lines: parse {parse / lines.Length:N1} µs; + read facts {read / lines.Length:N1} µs; + evaluate {evaluate / lines.Length:N1} µs (CPU)");
    }

    private static double Cpu(Action run)
    {
        run(); // warm-up
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        run();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds;
    }

    private static void Report(string what, long lines, TimeSpan elapsed) =>
        Console.WriteLine($"{what}: {lines:N0} lines in {elapsed.TotalSeconds:N1} s = {lines / elapsed.TotalSeconds:N0} lines/s");
}
