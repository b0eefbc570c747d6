using Obligations.Text;

namespace Obligations.Semantics;

/// <summary>Turns the paths a user gives (files or folders) into source texts; folders are searched for *.obl.</summary>
public static class SourceFiles
{
    /// <summary>Expands files and folders into a sorted list of .obl files.</summary>
    /// <exception cref="SourceFileException">A path does not exist, or names a file that is not .obl.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.obl", SearchOption.AllDirectories)) files.Add(Path.GetFullPath(file));
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".obl", StringComparison.OrdinalIgnoreCase))
                    throw new SourceFileException(path, "is not an .obl file");
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new SourceFileException(path, "does not exist");
            }
        }
        return files.ToList();
    }

    /// <summary>Reads each file; paths are shown relative to the current directory when they lie below it.</summary>
    public static IReadOnlyList<SourceText> Read(IEnumerable<string> files)
    {
        var result = new List<SourceText>();
        foreach (var file in files)
        {
            try
            {
                result.Add(new SourceText(DisplayPath(file), File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SourceFileException(file, "cannot be read: " + e.Message);
            }
        }
        return result;
    }

    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative.Replace('\\', '/');
    }
}

/// <summary>A source path that cannot be used; the message names the path.</summary>
public sealed class SourceFileException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
}
