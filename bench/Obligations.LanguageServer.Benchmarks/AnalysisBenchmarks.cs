using BenchmarkDotNet.Attributes;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>
/// From didChange to the second publish (compiler diagnostics and the obligation analyses) on each example
/// rule file, with the debounce set to zero so the figure is the analyses' own time.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class AnalysisBenchmarks
{
    private ServerSession _session = null!;

    [ParamsSource(nameof(Examples))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> Examples => ExampleFiles.All.Select(Path.GetFileName)!;

    [GlobalSetup]
    public void Setup()
    {
        var path = ExampleFiles.All.First(f => Path.GetFileName(f) == Example);
        _session = ServerSession.StartAsync(File.ReadAllText(path), analysisEnabled: true, TimeSpan.Zero, Path.GetDirectoryName(path)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "didChange -> publishDiagnostics (with analyses)")]
    public Task KeystrokeToAnalyses() => _session.TypeAsync(waitForAnalyses: true);
}
