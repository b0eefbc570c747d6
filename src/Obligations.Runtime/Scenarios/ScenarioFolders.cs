namespace Obligations.Runtime.Scenarios;

/// <summary>
/// Where scenario cases live: a rule set is a folder holding a <c>cases/</c> folder; its rules are the .obl
/// files below it outside <c>cases/</c>, its cases the <c>cases/*.json</c> files. (The layout <c>oblc test</c> uses.)
/// </summary>
public static class ScenarioFolders
{
    /// <summary>The rule set folders under (or at) <paramref name="root"/>, full paths, sorted.</summary>
    public static IReadOnlyList<string> FindRuleSets(string root)
    {
        if (!Directory.Exists(root)) return [];
        try
        {
            return Directory.EnumerateDirectories(root, "cases", SearchOption.AllDirectories)
                .Select(cases => Path.GetFullPath(Path.GetDirectoryName(cases)!))
                .Where(folder => !IsUnderCases(folder, root))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The rule set's case files, full paths, sorted.</summary>
    public static IReadOnlyList<string> Cases(string ruleSet)
    {
        var folder = Path.Combine(ruleSet, "cases");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Whether <paramref name="path"/> (full) is one of the rule set's rule files: below it, outside cases/.</summary>
    public static bool IsRuleFile(string ruleSet, string path)
    {
        var relative = Path.GetRelativePath(ruleSet, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) && !IsUnderCases(path, ruleSet)
            && path.EndsWith(".obl", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUnderCases(string path, string root) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).SkipLast(1).Contains("cases");
}
