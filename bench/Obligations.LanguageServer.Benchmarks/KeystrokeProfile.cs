using System.Diagnostics;
using System.Text;
using Obligations.Analysis;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>
/// The stages of one keystroke on a generated file, in process and without the transport: parse, bind (the
/// compiler's diagnostics), and the error gate (configuration and suppressions). Medians of a few rounds;
/// `--keystroke-profile [lines] [rounds]`; OBL_BENCH_NO_EDIT=1 parses the unedited text every round.
/// </summary>
public static class KeystrokeProfile
{
    public static string Run(int lines, int rounds)
    {
        var text = RuleSetGenerator.Generate(lines);
        var parse = new List<double>();
        var bind = new List<double>();
        var gate = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var edited = (round % 2 == 0 && Environment.GetEnvironmentVariable("OBL_BENCH_NO_EDIT") is null ? " " : string.Empty) + text;
            var watch = Stopwatch.StartNew();
            var tree = SyntaxTree.ParseText(edited, "/bench/generated.obl");
            parse.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var compilation = Compilation.Create([tree]);
            _ = compilation.GetDiagnostics();
            bind.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            _ = AnalysisDriver.Check(compilation, AnalysisOptions.Default with { RunAnalyses = false });
            gate.Add(watch.Elapsed.TotalMilliseconds);
        }
        var report = new StringBuilder($"lines={text.Count(c => c == '\n')} rounds={rounds} (medians)\n");
        report.AppendLine($"parse {Median(parse),7:F1} ms   bind+diagnostics {Median(bind),7:F1} ms   gate (Check) {Median(gate),7:F1} ms");
        return report.ToString();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
