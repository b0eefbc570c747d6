namespace Obligations.LanguageServer.Benchmarks;

/// <summary>The repository's example rule files, found from the benchmark's output folder.</summary>
public static class ExampleFiles
{
    public static IReadOnlyList<string> All { get; } = Find();

    private static IReadOnlyList<string> Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        var examples = dir is null ? null : Path.Combine(dir.FullName, "examples");
        return examples is null || !Directory.Exists(examples) ? [] : Directory.GetFiles(examples, "*.obl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }
}
