namespace Obligations.LanguageServer.Benchmarks;

/// <summary>Managed memory the server retains while it holds the generated rule set open (after a full GC).</summary>
public static class MemoryProbe
{
    public static async Task<string> MeasureAsync(int lines)
    {
        var before = Retained();
        await using var session = await ServerSession.StartAsync(RuleSetGenerator.Generate(lines), analysisEnabled: false);
        await session.TypeAsync();
        var after = Retained();
        return $"server holding a {lines}-line rule set retains {(after - before) / 1024.0 / 1024.0:F1} MB of managed memory (process working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MB)";
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
