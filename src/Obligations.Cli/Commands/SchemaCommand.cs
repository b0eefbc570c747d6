using System.CommandLine;
using System.Text.Json;
using Obligations.Analysis;
using Obligations.Emit.Schema;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc schema &lt;rules&gt; [-o file]</c>: the JSON Schema (draft 2020-12) of a rule set's facts.</summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonArguments.RulePaths("rules");
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of the standard output" };
        var command = new Command("schema", "Write the JSON Schema of a rule set's facts.") { paths, output };
        command.SetAction(parse =>
        {
            var compilation = CompilationLoader.Load(parse.GetValue(paths)!, stderr, out var exitCode);
            if (compilation is null) return exitCode;
            // The facts' shape needs rules without language errors; conflicts between rules do not change it.
            var errors = AnalysisDriver.Check(compilation, AnalysisOptions.Default with { RunAnalyses = false }).LanguageErrors.ToList();
            if (errors.Count > 0)
            {
                foreach (var d in errors) stderr.WriteLine(d.ToCanonicalString());
                return ExitCodes.RuleErrors;
            }
            var title = string.Join(", ", compilation.SyntaxTrees.Select(t => t.ModuleName).Distinct()) + " facts";
            var json = FactsSchemaWriter.Write(compilation.GetBoundProgram(), title).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            if (parse.GetValue(output) is not { } file)
            {
                stdout.WriteLine(json);
                return ExitCodes.Success;
            }
            try
            {
                File.WriteAllText(file, json + Environment.NewLine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"oblc: {file}: cannot be written: {e.Message}");
                return ExitCodes.Usage;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
