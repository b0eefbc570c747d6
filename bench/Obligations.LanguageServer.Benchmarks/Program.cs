using System.Diagnostics;
using BenchmarkDotNet.Running;
using Obligations.Analysis;
using Obligations.LanguageServer.Benchmarks;
using Obligations.Semantics;
using Obligations.Syntax;

// `--profile` prints a quick breakdown (parse, bind, semantic model) without BenchmarkDotNet;
// `--latency` times keystroke, hover and completion (p50/p95); `--memory` prints what the server retains holding the generated rule set; anything else runs BenchmarkDotNet.
if (args.Contains("--profile"))
{
    var text = RuleSetGenerator.Generate(5000);
    for (var round = 0; round < 5; round++)
    {
        var sw0 = Stopwatch.StartNew();
        var lexer = new Obligations.Parsing.Generated.OblLexer(new Antlr4.Runtime.AntlrInputStream(text));
        var tokenStream = new Antlr4.Runtime.CommonTokenStream(lexer);
        tokenStream.Fill();
        var lex = sw0.Elapsed.TotalMilliseconds;
        var parser = new Obligations.Parsing.Generated.OblParser(tokenStream);
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        parser.compilationUnit();
        Console.Write($"lex={lex:F1}ms antlr-parse={sw0.Elapsed.TotalMilliseconds - lex:F1}ms ");
        var sw = Stopwatch.StartNew();
        var tree = SyntaxTree.ParseText(text, "/bench/generated.obl");
        var parse = sw.Elapsed.TotalMilliseconds;
        var compilation = Compilation.Create([tree]);
        var diagnostics = compilation.GetDiagnostics();
        var bind = sw.Elapsed.TotalMilliseconds - parse;
        var model = compilation.GetSemanticModel(tree);
        model.GetNames();
        var names = sw.Elapsed.TotalMilliseconds - parse - bind;
        var all = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default);
        var analyses = sw.Elapsed.TotalMilliseconds - parse - bind - names;
        Console.WriteLine($"lines={text.Count(c => c == '\n')} parse={parse:F1}ms bind={bind:F1}ms names={names:F1}ms analyses={analyses:F1}ms diagnostics={diagnostics.Length}/{all.Length}");
    }
    return;
}
if (args.Contains("--latency"))
{
    // `--latency [lines] [samples]`: the timed harness for the editor's targets (p50/p95).
    var rest = args.SkipWhile(a => a != "--latency").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).ToArray();
    Console.WriteLine(await LatencyHarness.RunAsync(rest.Length > 0 && rest[0] > 0 ? rest[0] : 10000, rest.Length > 1 && rest[1] > 0 ? rest[1] : 200));
    return;
}
if (args.Contains("--keystroke-profile"))
{
    var rest = args.SkipWhile(a => a != "--keystroke-profile").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).ToArray();
    Console.WriteLine(KeystrokeProfile.Run(rest.Length > 0 && rest[0] > 0 ? rest[0] : 10000, rest.Length > 1 && rest[1] > 0 ? rest[1] : 9));
    return;
}
if (args.Contains("--memory"))
{
    Console.WriteLine(await MemoryProbe.MeasureAsync(5000));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(RuleSetGenerator).Assembly).Run(args);
