using System.Diagnostics;
using System.Text;

namespace Obligations.Service.Benchmarks;

/// <summary>
/// Sends POST /v1/evaluate with one case body from <c>concurrency</c> clients until <c>count</c> requests are done or
/// <c>limit</c> has passed (both bounded), and reports requests/s and latency percentiles.
/// </summary>
public static class LoadTest
{
    public static async Task<string> RunAsync(Uri address, string body, int concurrency, int count, TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = address };
        var latencies = new long[count];
        var next = -1;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        async Task Client()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && clock.Elapsed < limit)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/v1/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));
                await response.Content.ReadAsByteArrayAsync();
                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Client)));
        var elapsed = clock.Elapsed;
        var done = latencies.Where(l => l > 0).Order().ToArray();
        double Ms(double p) => done.Length == 0 ? 0 : done[Math.Min(done.Length - 1, (int)(p * done.Length))] * 1000.0 / Stopwatch.Frequency;
        return $"| {concurrency} | {done.Length:N0} | {done.Length / elapsed.TotalSeconds:N0} | {Ms(0.50):N2} ms | {Ms(0.99):N2} ms | {failures} |";
    }
}
