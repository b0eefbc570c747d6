using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Obligations.Evaluator.Benchmarks;

// `--check`: only run the agreement check. Otherwise BenchmarkDotNet, in-process: against the assemblies built by
// `dotnet build -c Release`, so it does not rebuild the project (and its ANTLR and rule-generation steps).
if (args is ["--check"])
{
    Console.WriteLine(AgreementCheck.Run(FactsGenerator.Generate(EvaluatorBenchmarks.RecordCount), new RulesEngineEvaluator()));
    return;
}
var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance);
BenchmarkSwitcher.FromAssembly(typeof(EvaluatorBenchmarks).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
