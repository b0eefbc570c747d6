namespace Obligations.Differential.Tests;

/// <summary>The signatures listed in Regressions/known-disagreements.txt (comments and blank lines ignored).</summary>
internal static class KnownDisagreements
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Regressions", "known-disagreements.txt");

    public static IReadOnlySet<string> Load() =>
        File.ReadAllLines(FilePath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
}
