using System.CommandLine;

namespace Obligations.Cli.Coverage;

/// <summary>The coverage step of <c>oblc test</c>, kept apart from the command so the command stays a few lines.</summary>
internal static class CoverageCommandPart
{
    /// <summary>False when coverage is below the minimum or the file cannot be written (<paramref name="ioError"/>).</summary>
    public static bool Report(CoverageOptions options, ParseResult parse, CoverageObserver observer, TextWriter stdout, TextWriter stderr, out bool ioError)
    {
        ioError = false;
        try
        {
            return options.Report(parse, observer, stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"oblc: {parse.GetValue(options.Output) ?? "coverage file"}: cannot be written: {e.Message}");
            ioError = true;
            return false;
        }
    }
}
