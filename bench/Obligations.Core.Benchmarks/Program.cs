using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the benchmark runs against the assemblies built by `dotnet build -c Release`, so BenchmarkDotNet
// does not regenerate the ANTLR parser in a project of its own.
var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance);
BenchmarkSwitcher.FromAssembly(typeof(Obligations.Core.Benchmarks.ParseAndBindBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddJob(job));
