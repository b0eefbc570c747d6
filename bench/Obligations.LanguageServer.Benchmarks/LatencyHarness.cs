using System.Diagnostics;
using System.Text;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>
/// A timed harness for the editor's latency targets on a generated workspace: keystroke → syntax and type
/// diagnostics published, hover, completion. Prints p50/p95/max per operation after a warm-up; the sample
/// counts are small so that a run takes a minute or two on a shared machine.
/// </summary>
public static class LatencyHarness
{
    public static async Task<string> RunAsync(int lines, int samples)
    {
        var text = RuleSetGenerator.Generate(lines);
        await using var session = await ServerSession.StartAsync(text, analysisEnabled: false);
        var (hoverLine, hoverCharacter) = Find(text, "    holder state", "    holder ".Length, middle: true);
        var (completionLine, completionCharacter) = Find(text, "    when active", "    when act".Length, middle: true);

        var report = new StringBuilder();
        report.AppendLine($"lines={text.Count(c => c == '\n')} samples={samples} (after {samples / 10} warm-up)");
        report.AppendLine(await MeasureAsync("keystroke -> diagnostics published", samples, () => session.TypeAsync()));
        report.AppendLine(await MeasureAsync("hover", samples, () => session.HoverAsync(hoverLine, hoverCharacter)));
        report.AppendLine(await MeasureAsync("completion", samples, () => session.CompleteAsync(completionLine, completionCharacter)));
        report.AppendLine(await MeasureAsync("keystroke then hover", samples, async () =>
        {
            await session.TypeAsync();
            await session.HoverAsync(hoverLine, hoverCharacter);
        }));
        var tree = Obligations.Syntax.SyntaxTree.ParseText(text, "/bench/generated.obl");
        report.AppendLine(await MeasureAsync("parse the whole file (in process)", samples / 4, () =>
        {
            _ = Obligations.Syntax.SyntaxTree.ParseText(text, "/bench/generated.obl");
            return Task.CompletedTask;
        }));
        report.AppendLine(await MeasureAsync("walk every node (in process)", samples, () =>
        {
            _ = tree.Root.DescendantNodesAndSelf().Count();
            return Task.CompletedTask;
        }));
        report.Append($"server process working set {Environment.WorkingSet / (1024 * 1024)} MB, managed heap {GC.GetTotalMemory(true) / (1024 * 1024)} MB");
        return report.ToString();
    }

    private static async Task<string> MeasureAsync(string name, int samples, Func<Task> operation)
    {
        for (var i = 0; i < samples / 10; i++) await operation();
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return $"{name,-36} p50 {Percentile(times, 0.50),7:F1} ms   p95 {Percentile(times, 0.95),7:F1} ms   max {times[^1],7:F1} ms";
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The (line, character) of <paramref name="offset"/> into a line starting with <paramref name="prefix"/>, halfway down the file.</summary>
    private static (int Line, int Character) Find(string text, string prefix, int offset, bool middle)
    {
        var lines = text.Split('\n');
        var start = middle ? lines.Length / 2 : 0;
        for (var i = start; i < lines.Length; i++)
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal)) return (i, offset);
        throw new InvalidOperationException($"no line starts with '{prefix}'");
    }
}
