using System.Runtime.Loader;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Scenarios;
using Obligations.Semantics;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// Runs the scenario files of every rule set under a folder. A rule set is a folder holding a <c>cases/</c>
/// folder; its rules are the .obl files below it outside <c>cases/</c>. Each failure is one line naming the case,
/// the rule or consequence, and the expected and actual values.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The rule set folders under (or at) <paramref name="root"/>, sorted.</summary>
    public static IReadOnlyList<string> FindRuleSets(string root) =>
        Directory.EnumerateDirectories(root, "cases", SearchOption.AllDirectories)
            .Select(cases => Path.GetDirectoryName(cases)!)
            .Where(folder => !IsUnderCases(folder, root))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static ScenarioSummary Run(string root, TextWriter output, IScenarioObserver? observer = null) =>
        Run(root, output, ScenarioRunOptions.Default, observer);

    /// <summary>Runs the cases <paramref name="options"/> selects; <paramref name="root"/> may be a folder or one case file.</summary>
    public static ScenarioSummary Run(string root, TextWriter output, ScenarioRunOptions options, IScenarioObserver? observer = null)
    {
        var summary = new ScenarioSummary();
        if (File.Exists(root))
        {
            var folder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(root))!)!;
            RunRuleSet(folder, output, summary, options with { Only = Path.GetFullPath(root) }, observer);
            return summary;
        }
        foreach (var folder in FindRuleSets(root)) RunRuleSet(folder, output, summary, options, observer);
        return summary;
    }

    private static void RunRuleSet(string folder, TextWriter output, ScenarioSummary summary, ScenarioRunOptions options, IScenarioObserver? observer)
    {
        var cases = Directory.EnumerateFiles(Path.Combine(folder, "cases"), "*.json").Order(StringComparer.Ordinal)
            .Where(options.Selects).ToList();
        if (cases.Count == 0) return;
        var files = Directory.EnumerateFiles(folder, "*.obl", SearchOption.AllDirectories).Where(f => !IsUnderCases(f, folder)).ToList();
        var context = new AssemblyLoadContext("oblc-test", isCollectible: true);
        EvaluatorHost? host = null;
        var errors = new StringWriter();
        if (files.Count == 0) errors.WriteLine($"{SourceFiles.DisplayPath(folder)}: no .obl files beside cases/");
        else host = EvaluatorLoader.Load(Compilation.Parse(SourceFiles.Read(SourceFiles.Expand(files))), context, errors, out _);
        if (host is null)
        {
            observer?.RuleSetFailed(folder);
            output.Write(errors.ToString());
            foreach (var file in cases)
            {
                ScenarioSummary.Report(output, SourceFiles.DisplayPath(file), "the rule set does not compile (see above)");
                summary.CountFailedCase();
            }
            context.Unload();
            return;
        }
        observer?.RuleSetLoaded(folder, host);
        foreach (var file in cases)
        {
            var display = SourceFiles.DisplayPath(file);
            var json = File.ReadAllText(file);
            var outcome = ScenarioChecker.Check(host, json);
            observer?.CaseRun(folder, file, outcome);
            var failures = outcome.Messages;
            if (options.PerCase) output.WriteLine($"{(failures.Count == 0 ? "ok    " : "FAILED")} {display}");
            if (failures.Count == 0) summary.Pass();
            foreach (var failure in failures) ScenarioSummary.Report(output, display, failure);
            if (failures.Count > 0) summary.CountFailedCase();
            options.OnCase?.Invoke(host, display, json, failures);
        }
        context.Unload();
    }

    private static bool IsUnderCases(string path, string root) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).SkipLast(1).Contains("cases");
}
