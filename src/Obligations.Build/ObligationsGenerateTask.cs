using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Obligations.Build;

/// <summary>
/// Runs <c>oblc generate</c> over a project's rule files and writes the evaluator's C# source. A thin
/// <see cref="ToolTask"/>: the compiler runs in its own process, and its canonical
/// <c>path(line,col): error OBL1002: message</c> lines on the standard output are logged by MSBuild as errors
/// and warnings with file, line, column and code.
/// </summary>
public sealed class ObligationsGenerateTask : ToolTask
{
    /// <summary>The compiler: <c>oblc.dll</c> (run with the dotnet host) or an <c>oblc</c> executable.</summary>
    [Required]
    public string CompilerPath { get; set; } = "";

    /// <summary>The .obl files of the rule set.</summary>
    [Required]
    public ITaskItem[] Sources { get; set; } = [];

    /// <summary>The C# file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    public string? Namespace { get; set; }

    public string? ClassName { get; set; }

    public string? RuleSetName { get; set; }

    /// <summary>The dotnet host that runs <c>oblc.dll</c>; by default the one running this build.</summary>
    public string? DotnetHostPath { get; set; }

    protected override string ToolName => RunsOnHost ? "dotnet" : Path.GetFileName(CompilerPath);

    /// <summary>Compiler output is the build's diagnostics: show it at normal verbosity.</summary>
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Normal;

    private bool RunsOnHost => CompilerPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);

    protected override string GenerateFullPathToTool()
    {
        if (!RunsOnHost) return Path.GetFullPath(CompilerPath);
        if (!string.IsNullOrEmpty(DotnetHostPath)) return DotnetHostPath!;
        // Set by the dotnet CLI for the MSBuild it runs; a build started otherwise finds dotnet on the PATH.
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    protected override bool ValidateParameters()
    {
        if (!File.Exists(CompilerPath))
        {
            Log.LogError(null, "OBLB001", null, null, 0, 0, 0, 0,
                "The .obl compiler was not found at '{0}'. Set ObligationsCompilerPath to oblc.dll.", CompilerPath);
            return false;
        }
        return base.ValidateParameters();
    }

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        if (RunsOnHost) builder.AppendFileNameIfNotNull(Path.GetFullPath(CompilerPath));
        builder.AppendTextUnquoted(" generate");
        return builder.ToString();
    }

    /// <summary>Paths and options go in a response file (one value per line), so no rule set is too large for a command line.</summary>
    protected override string GenerateResponseFileCommands()
    {
        var text = new StringBuilder();
        foreach (var source in Sources) text.AppendLine(Quote(source.GetMetadata("FullPath")));
        Append(text, "--output", Path.GetFullPath(OutputFile));
        Append(text, "--namespace", Namespace);
        Append(text, "--class-name", ClassName);
        Append(text, "--rule-set-name", RuleSetName);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string option, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        text.AppendLine(option).AppendLine(Quote(value!));
    }

    /// <summary>The compiler splits each response-file line at spaces unless quoted.</summary>
    private static string Quote(string value) => value.Any(char.IsWhiteSpace) ? "\"" + value + "\"" : value;
}
