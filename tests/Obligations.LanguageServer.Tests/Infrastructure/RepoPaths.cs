namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static IReadOnlyList<string> ExampleFiles =>
        Directory.Exists(Examples) ? Directory.GetFiles(Examples, "*.obl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
