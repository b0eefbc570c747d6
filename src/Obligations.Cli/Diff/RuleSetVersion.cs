using System.Diagnostics;
using Obligations.Analysis;
using Obligations.Lowering;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Cli.Diff;

/// <summary>
/// One version of a rule set for <c>oblc diff</c>: the .obl files under paths in the working tree, or at a git
/// revision (read with <c>git ls-tree</c> and <c>git show</c>; nothing is checked out). Lowered to IR; null with
/// the reason on stderr when the files cannot be read or have language errors.
/// </summary>
public static class RuleSetVersion
{
    public static IrProgram? FromPaths(IReadOnlyList<string> paths, TextWriter stderr)
    {
        try
        {
            var files = SourceFiles.Expand(paths);
            if (files.Count == 0)
            {
                stderr.WriteLine("oblc: no .obl files found in " + string.Join(", ", paths));
                return null;
            }
            return Lower(SourceFiles.Read(files), string.Join(", ", paths), stderr);
        }
        catch (SourceFileException e)
        {
            stderr.WriteLine("oblc: " + e.Message);
            return null;
        }
    }

    public static IrProgram? FromGit(string revision, IReadOnlyList<string> paths, TextWriter stderr)
    {
        var (listed, names) = Git(["ls-tree", "-r", "--name-only", revision, "--", .. paths]);
        if (!listed)
        {
            stderr.WriteLine($"oblc: cannot list the files at revision '{revision}': {names.Trim()}");
            return null;
        }
        var files = names.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => f.EndsWith(".obl", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            stderr.WriteLine($"oblc: no .obl files at revision '{revision}' in " + string.Join(", ", paths));
            return null;
        }
        var texts = new List<SourceText>();
        foreach (var file in files)
        {
            var (ok, text) = Git(["show", $"{revision}:./{file}"]);
            if (!ok)
            {
                stderr.WriteLine($"oblc: cannot read {file} at revision '{revision}': {text.Trim()}");
                return null;
            }
            texts.Add(new SourceText($"{revision}:{file}", text));
        }
        return Lower(texts, revision, stderr);
    }

    private static IrProgram? Lower(IReadOnlyList<SourceText> texts, string what, TextWriter stderr)
    {
        var compilation = Compilation.Parse(texts);
        var check = AnalysisDriver.Check(compilation, AnalysisOptions.Default with { RunAnalyses = false });
        if (check.HasLanguageErrors)
        {
            foreach (var d in check.LanguageErrors) stderr.WriteLine(d.ToCanonicalString());
            stderr.WriteLine($"oblc: {what} has errors; fix them before comparing");
            return null;
        }
        return IrLowering.Lower(compilation.GetBoundProgram()).Program;
    }

    private static (bool Ok, string Output) Git(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? (true, output) : (false, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, "git could not be run: " + e.Message);
        }
    }
}
