namespace Obligations.Fuzz.Tests;

/// <summary>The example rule sets, file by file, to mutate one file of while keeping the others.</summary>
internal static class ExampleSets
{
    public sealed record Set(string Name, (string Path, string Text)[] Files);

    public static Set[] All { get; } = Directory.GetDirectories(Path.Combine(FuzzSettings.Root, "examples"))
        .Order(StringComparer.Ordinal)
        .Select(folder => new Set(Path.GetFileName(folder), Directory.GetFiles(folder, "*.obl", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "cases" + Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(FuzzSettings.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray()))
        .Where(s => s.Files.Length > 0)
        .ToArray();

    /// <summary>Every (set, file) pair: the unit one mutation applies to.</summary>
    public static (Set Set, int File)[] Files { get; } = All.SelectMany(s => Enumerable.Range(0, s.Files.Length).Select(i => (s, i))).ToArray();
}
