using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Obligations.Evaluator.Benchmarks;
using Obligations.Evaluator.Benchmarks.NRulesPeer;
using Obligations.Evaluator.Benchmarks.RulesEnginePeer;

// `--check`: only run the agreement check (on the benchmark's 1,000 records and on 20,000 more of another seed).
// Otherwise BenchmarkDotNet, in-process: against the assemblies built by `dotnet build -c Release`, so it does not
// rebuild the project (and its ANTLR and rule-generation steps).
if (args is ["--check"])
{
    var engine = new RulesEngineEvaluator();
    var nrules = new NRulesEvaluator();
    Console.WriteLine(AgreementCheck.Run(FactsGenerator.Generate(EvaluatorBenchmarks.RecordCount), engine, nrules));
    Console.WriteLine(AgreementCheck.Run(FactsGenerator.Generate(20_000, seed: 7), engine, nrules));
    return;
}
// `--batch-file N path`: N random cases as JSON Lines; `--parse path`: System.Text.Json's parse rate of such a file.
if (args is ["--batch-file", var count, var path])
{
    Obligations.Evaluator.Benchmarks.Batch.BatchThroughput.WriteFile(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path);
    return;
}
if (args is ["--split", var splitFile])
{
    Obligations.Evaluator.Benchmarks.Batch.BatchThroughput.Split(splitFile, 20_000);
    return;
}
if (args is ["--parse", var file])
{
    Obligations.Evaluator.Benchmarks.Batch.BatchThroughput.Parse(file);
    return;
}
var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance);
BenchmarkSwitcher.FromAssembly(typeof(EvaluatorBenchmarks).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
