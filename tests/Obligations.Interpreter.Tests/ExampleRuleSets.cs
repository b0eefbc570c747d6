using System.Runtime.Loader;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Interpreter.Tests;

/// <summary>The example rule sets and their scenario cases, compiled once per folder for the tests.</summary>
internal static class ExampleRuleSets
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static IEnumerable<string> Folders => Directory.EnumerateDirectories(Path.Combine(RepoRoot, "examples"))
        .Where(d => Directory.Exists(Path.Combine(d, "cases"))).Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases => Folders.SelectMany(folder =>
        Directory.EnumerateFiles(Path.Combine(folder, "cases"), "*.json").Order(StringComparer.Ordinal)
            .Select(c => new object[] { Path.GetFileName(folder), Path.GetFileName(c) }));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(Compilation, EvaluatorHost)>> s_cache = new();

    /// <summary>The folder's compilation and its compiled evaluator, built once per test run.</summary>
    public static (Compilation Compilation, EvaluatorHost Host) Get(string folder) =>
        s_cache.GetOrAdd(folder, f => new Lazy<(Compilation, EvaluatorHost)>(() =>
        {
            var compilation = Parse(f);
            return (compilation, Load(compilation));
        })).Value;

    public static Compilation Parse(string folder) =>
        Compilation.Parse(Directory.EnumerateFiles(folder, "*.obl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new SourceText(Path.GetRelativePath(RepoRoot, f).Replace('\\', '/'), File.ReadAllText(f))));

    public static EvaluatorHost Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToCanonicalString())));
        image.Position = 0;
        return EvaluatorHost.Load(image, new AssemblyLoadContext("test", isCollectible: true));
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Obligations.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Obligations.sln not found above " + AppContext.BaseDirectory);
    }
}
