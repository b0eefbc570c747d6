namespace Obligations.Analysis.Tests;

/// <summary>Finds the repository from the test binaries, so baselines are read from and written to the source tree.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Baselines => Path.Combine(Root, "tests", "Obligations.Analysis.Tests", "Baselines");

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Obligations.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Obligations.sln not found above " + AppContext.BaseDirectory);
    }
}
