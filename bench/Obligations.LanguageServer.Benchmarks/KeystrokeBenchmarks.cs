using BenchmarkDotNet.Attributes;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>
/// From didChange to publishDiagnostics with the syntax and type diagnostics, on a generated 5,000-line
/// rule set, through the real JSON-RPC path (in-process stream pair). Short job: a few minutes in all.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class KeystrokeBenchmarks
{
    private ServerSession _session = null!;

    [Params(5000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _session = ServerSession.StartAsync(RuleSetGenerator.Generate(Lines), analysisEnabled: false).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "didChange -> publishDiagnostics (syntax + types)")]
    public Task KeystrokeToDiagnostics() => _session.TypeAsync();
}
