namespace Obligations.Build.Tests;

/// <summary>
/// A copy of Consumer/ in a temporary folder of its own (own obj/ and bin/, no Directory.Build.props of this
/// repository), built with `dotnet build` against the build files in src/Obligations.Build/build/ and the
/// compiler, task and runtime from this test project's output.
/// </summary>
internal sealed class ConsumerCopy : IDisposable
{
    private readonly string _root;
    private readonly string _project;

    /// <param name="project">The folder beside this file to copy (a project of the same name).</param>
    public ConsumerCopy(string project = "Consumer")
    {
        _root = Path.Combine(Path.GetTempPath(), "obl-build-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_root);
        // Stops MSBuild's search for Directory.Build.* files above the copy.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        _project = project;
        ProjectDirectory = Path.Combine(_root, project);
        CopySources(Path.Combine(RepoRoot, "tests", "Obligations.Build.Tests", project), ProjectDirectory);
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    public string ProjectDirectory { get; }

    /// <summary>The generated evaluator source (Debug configuration).</summary>
    public string GeneratedFile => Path.Combine(ProjectDirectory, "obj", "Debug", "net10.0", "obligations", "RulesEvaluator.g.cs");

    public string RulePath(string relative) => Path.Combine(ProjectDirectory, "rules", relative);

    /// <summary>`dotnet build` at normal verbosity, plain console output, no build servers left behind.</summary>
    public (int ExitCode, string Output) Build() => Dotnet("build", "-v:n");

    public (int ExitCode, string Output) Clean() => Dotnet("clean", "-v:n");

    public (int ExitCode, string Output) RunConsumer(params string[] args) =>
        DotnetProcess.Run(ProjectDirectory, [Path.Combine("bin", "Debug", "net10.0", _project + ".dll"), .. args]);

    private (int ExitCode, string Output) Dotnet(string command, string verbosity)
    {
        var bin = AppContext.BaseDirectory;
        return DotnetProcess.Run(ProjectDirectory, command, verbosity, "-tl:off", "--disable-build-servers",
            "-p:ObligationsBuildDir=" + Path.Combine(RepoRoot, "src", "Obligations.Build", "build") + Path.DirectorySeparatorChar,
            "-p:ObligationsCompilerPath=" + Path.Combine(bin, "oblc.dll"),
            "-p:ObligationsBuildTasksAssembly=" + Path.Combine(bin, "Obligations.Build.dll"),
            "-p:ObligationsRuntimeAssembly=" + Path.Combine(bin, "Obligations.Runtime.dll"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj") continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Obligations.sln not found above " + AppContext.BaseDirectory);
    }
}
