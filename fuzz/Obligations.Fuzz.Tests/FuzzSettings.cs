namespace Obligations.Fuzz.Tests;

/// <summary>
/// How long each property runs. CI runs a bounded sample (the defaults, well under a minute per property); the
/// long run sets OBL_FUZZ_SECONDS (e.g. 600) and OBL_FUZZ_SEED to repeat a failure exactly (see docs/fuzzing.md).
/// </summary>
internal static class FuzzSettings
{
    public static long Iterations(long ciDefault) =>
        Environment.GetEnvironmentVariable("OBL_FUZZ_SECONDS") is { Length: > 0 } ? -1 : ciDefault;

    /// <summary>CsCheck's time budget in seconds when the long run asks for one; -1 means "by iterations".</summary>
    public static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("OBL_FUZZ_SECONDS"), out var s) ? s : -1;

    public static string? Seed => Environment.GetEnvironmentVariable("OBL_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    public static string Root { get; } = FindRoot();

    /// <summary>Counts one input of <paramref name="property"/>; the long run's figures come from these counts.</summary>
    public static void Count(string property) => s_counts.AddOrUpdate(property, 1, (_, n) => n + 1);

    /// <summary>Appends "property inputs seconds" to the file OBL_FUZZ_REPORT names, when it names one.</summary>
    public static void Report(string property, TimeSpan elapsed)
    {
        if (Environment.GetEnvironmentVariable("OBL_FUZZ_REPORT") is not { Length: > 0 } path) return;
        File.AppendAllText(path, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {property} inputs={s_counts.GetValueOrDefault(property)} seconds={elapsed.TotalSeconds:0}{Environment.NewLine}");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> s_counts = new();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
