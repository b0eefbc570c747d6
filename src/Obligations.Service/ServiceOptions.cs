namespace Obligations.Service;

/// <summary>How the evaluation service listens and what it accepts.</summary>
public sealed record ServiceOptions
{
    /// <summary>Address to bind; 127.0.0.1 by default (use 0.0.0.0 in a container).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port; 0 picks a free one (see <see cref="EvaluationService.Address"/>).</summary>
    public int Port { get; init; } = 8080;

    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    public int MaxBatchCases { get; init; } = 10_000;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long in-flight requests may take to finish on shutdown (SIGTERM, Ctrl+C).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
