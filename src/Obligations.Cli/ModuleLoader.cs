using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Cli;

/// <summary>
/// Loads what a file needs to be checked on its own: the files of its project (below the nearest folder with an
/// obligations.json, else its own folder) that declare its module or a module it imports, transitively. Checking
/// one file of a multi-file module then reports what checking the folder would, without a cascade of "not defined"
/// from imports that were never loaded.
/// </summary>
public static class ModuleLoader
{
    public const string ProjectFile = "obligations.json";

    /// <summary>
    /// The compilation and, when only files were named, their display paths (null when a folder was named: then
    /// every file loaded was asked for).
    /// </summary>
    public static (Compilation Compilation, IReadOnlySet<string>? Named)? Load(IReadOnlyList<string> paths, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        CompilationLoader.ThrowIfTestCrashRequested();
        try
        {
            var named = SourceFiles.Expand(paths);
            if (named.Count == 0)
            {
                stderr.WriteLine("oblc: no .obl files found in " + string.Join(", ", paths));
                exitCode = ExitCodes.Usage;
                return null;
            }
            var trees = SourceFiles.Read(named).Select(t => SyntaxTree.Parse(t)).ToList();
            if (!paths.All(File.Exists)) return (Compilation.Create(trees), null);
            var displayNamed = trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
            return (Compilation.Create(WithModules(trees, named)), displayNamed);
        }
        catch (SourceFileException e)
        {
            stderr.WriteLine("oblc: " + e.Message);
            exitCode = ExitCodes.Usage;
            return null;
        }
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding obligations.json; null when there is none.</summary>
    public static string? FindProjectRoot(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, ProjectFile))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// The named files plus every project file connected to them through imports, in either direction: the modules
    /// they import (or share), and the modules that import them (whose consequences and overrides refer to their rules).
    /// </summary>
    private static List<SyntaxTree> WithModules(List<SyntaxTree> trees, IReadOnlyList<string> named)
    {
        var roots = named.Select(f => FindProjectRoot(Path.GetDirectoryName(f)!) ?? Path.GetDirectoryName(f)!).Distinct();
        var candidates = SourceFiles.Read(SourceFiles.Expand(roots).Except(named, StringComparer.Ordinal)).Select(t => SyntaxTree.Parse(t)).ToList();
        var result = new List<SyntaxTree>(trees);
        var modules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees) Connect(tree, modules);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var tree in candidates.ToList())
            {
                if (!modules.Contains(tree.ModuleName) && !Imports(tree).Any(modules.Contains)) continue;
                result.Add(tree);
                candidates.Remove(tree);
                Connect(tree, modules);
                changed = true;
            }
        }
        return result;
    }

    private static IEnumerable<string> Imports(SyntaxTree tree) => tree.Root.Imports.Select(i => i.Name.Text);

    private static void Connect(SyntaxTree tree, HashSet<string> modules)
    {
        modules.Add(tree.ModuleName);
        modules.UnionWith(Imports(tree));
    }
}
