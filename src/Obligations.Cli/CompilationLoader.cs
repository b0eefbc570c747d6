using Obligations.Semantics;

namespace Obligations.Cli;

/// <summary>Reads the paths a command was given into a compilation, or explains on stderr why it cannot.</summary>
public static class CompilationLoader
{
    public const string InternalErrorTestVariable = "OBLC_TEST_INTERNAL_ERROR";

    /// <summary>Lets the tests prove that a failure inside a command's action is reported as an internal error (exit 3).</summary>
    public static void ThrowIfTestCrashRequested()
    {
        if (Environment.GetEnvironmentVariable(InternalErrorTestVariable) == "1")
            throw new InvalidOperationException($"internal error requested by {InternalErrorTestVariable}");
    }

    public static Compilation? Load(IEnumerable<string> paths, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        ThrowIfTestCrashRequested();
        try
        {
            var files = SourceFiles.Expand(paths);
            if (files.Count == 0)
            {
                stderr.WriteLine("oblc: no .obl files found in " + string.Join(", ", paths));
                exitCode = ExitCodes.Usage;
                return null;
            }
            return Compilation.Parse(SourceFiles.Read(files));
        }
        catch (SourceFileException e)
        {
            stderr.WriteLine("oblc: " + e.Message);
            exitCode = ExitCodes.Usage;
            return null;
        }
    }
}
