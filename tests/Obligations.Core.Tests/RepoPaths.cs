namespace Obligations.Core.Tests;

/// <summary>Locates the repository from the test binaries, so tests read baselines and examples in place.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");
    public static string Docs => Path.Combine(Root, "docs");
    public static string Baselines => Path.Combine(Root, "tests", "Obligations.Core.Tests", "Baselines");

    /// <summary>Set OBL_UPDATE_BASELINES=1 to rewrite expected files from actual output.</summary>
    public static bool UpdateBaselines => Environment.GetEnvironmentVariable("OBL_UPDATE_BASELINES") == "1";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Obligations.sln not found above " + AppContext.BaseDirectory);
    }
}
