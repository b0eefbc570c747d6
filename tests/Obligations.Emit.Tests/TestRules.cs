using System.Runtime.Loader;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Emit.Tests;

/// <summary>Compiles rule sets for tests: sources get stable repository-relative paths, evaluators load collectibly.</summary>
internal static class TestRules
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestDirectory { get; } = Path.Combine(RepoRoot, "tests", "Obligations.Emit.Tests");

    public static Compilation Parse(params (string Path, string Text)[] files) =>
        Compilation.Parse(files.Select(f => new SourceText(f.Path, f.Text)));

    /// <summary>The .obl files of a folder, with paths relative to the repository root.</summary>
    public static Compilation ParseFolder(string folder) =>
        Parse(Directory.EnumerateFiles(folder, "*.obl", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "cases" + Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepoRoot, f).Replace('\\', '/'), File.ReadAllText(f))).ToArray());

    public static EvaluatorHost Load(Compilation compilation, EvaluatorOptions? options = null)
    {
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(compilation, image, options ?? EvaluatorOptions.Default);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.Empty(result.Diagnostics);
        image.Position = 0;
        return EvaluatorHost.Load(image, new AssemblyLoadContext("test", isCollectible: true));
    }

    public static EvaluatorHost Load(string source, string path = "main.obl") => Load(Parse((path, source)));

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Obligations.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Obligations.sln not found above " + AppContext.BaseDirectory);
    }
}
