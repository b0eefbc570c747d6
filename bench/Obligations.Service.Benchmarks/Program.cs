using Obligations.Cli.Evaluation;
using Obligations.Service;
using Obligations.Service.Benchmarks;

// Bounded: at most `requests` per concurrency level and 15 s each. The service runs in this process on
// 127.0.0.1 with an ephemeral port and serves examples/data-breach; the body is one of its case files.
var requests = args is ["--requests", var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 5000;
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "Obligations.sln"))) root = Path.GetDirectoryName(root)!;
var rules = Path.Combine(root, "examples", "data-breach");
var host = EvaluatorLoader.Load([rules], Console.Error, out var exitCode) ?? throw new InvalidOperationException($"rules failed to load ({exitCode})");
await using var service = EvaluationService.Create(host, null, new ServiceOptions { Host = "127.0.0.1", Port = 0 });
await service.StartAsync();
var body = File.ReadAllText(Path.Combine(rules, "cases", "authority-never-notified.json"));
await LoadTest.RunAsync(service.Address, body, 4, 500, TimeSpan.FromSeconds(10)); // warm-up
Console.WriteLine($"POST /v1/evaluate on {service.Address}, {Environment.ProcessorCount} cores, client in the same process");
Console.WriteLine("| concurrency | requests | requests/s | p50 | p99 | failed |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var concurrency in new[] { 1, 4, 16, 64 })
    Console.WriteLine(await LoadTest.RunAsync(service.Address, body, concurrency, requests, TimeSpan.FromSeconds(15)));
await service.StopAsync();
