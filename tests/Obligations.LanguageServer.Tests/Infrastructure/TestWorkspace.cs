namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>A temporary folder of .obl files that stands for the editor's workspace folder.</summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "obl-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (name, text) in files ?? new Dictionary<string, string>()) Write(name, text);
    }

    public string Root { get; }

    public string RootUri => new Uri(Root + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');

    public string PathOf(string name) => Path.Combine(Root, name);

    public string UriOf(string name) => new Uri(PathOf(name)).AbsoluteUri;

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return UriOf(name);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
