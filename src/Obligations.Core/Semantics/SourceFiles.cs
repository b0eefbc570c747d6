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
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Search(path, seenFolders))
                    if (seenFiles.Add(FileKinds.Identity(file))) files.Add(Path.GetFullPath(file));
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".obl", StringComparison.OrdinalIgnoreCase))
                    throw new SourceFileException(path, "is not an .obl file");
                if (!FileKinds.IsRegularFile(path))
                    throw new SourceFileException(path, "is not a regular file (a pipe, socket or device cannot be read as rules)");
                if (seenFiles.Add(FileKinds.Identity(path))) files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new SourceFileException(path, "does not exist");
            }
        }
        return files.ToList();
    }

    /// <summary>
    /// The regular *.obl files below <paramref name="folder"/>. Each folder is searched once however many links
    /// lead to it (a link loop ends), and FIFOs or devices named *.obl are skipped, since reading them would block.
    /// </summary>
    private static IEnumerable<string> Search(string folder, HashSet<string> seenFolders)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seenFolders.Add(FileKinds.Identity(current))) continue;
            string[] entries, folders;
            try
            {
                entries = Directory.GetFiles(current, "*.obl");
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SourceFileException(current, "cannot be read: " + e.Message);
            }
            foreach (var file in entries.Where(FileKinds.IsRegularFile)) yield return file;
            foreach (var sub in folders.OrderDescending(StringComparer.Ordinal)) pending.Push(sub);
        }
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
