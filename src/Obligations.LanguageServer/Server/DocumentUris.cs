namespace Obligations.LanguageServer.Server;

/// <summary>
/// Maps document URIs to the paths the compiler uses. file: URIs become local paths (so files on disk and
/// open documents meet); other schemes (untitled:) keep the URI itself as their path.
/// </summary>
public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile) return Path.GetFullPath(parsed.LocalPath);
        return uri;
    }

    public static string FromPath(string path)
    {
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("untitled:", StringComparison.Ordinal)) return path;
        return new Uri(Path.GetFullPath(path)).AbsoluteUri;
    }

    public static bool IsObl(string path) => path.EndsWith(".obl", StringComparison.OrdinalIgnoreCase);
}
