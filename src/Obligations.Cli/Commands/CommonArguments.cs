using System.CommandLine;
using Obligations.Emit;

namespace Obligations.Cli.Commands;

/// <summary>The arguments and options several commands share, defined once so they read the same in every --help.</summary>
public static class CommonArguments
{
    public static Argument<string[]> RulePaths(string name = "paths") => new(name)
    {
        Description = ".obl files or folders (searched recursively for *.obl)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Namespace() => new("--namespace")
    {
        Description = "Namespace of the generated types",
        DefaultValueFactory = _ => EvaluatorOptions.Default.Namespace,
    };

    public static Option<string> ClassName() => new("--class-name")
    {
        Description = "Name of the evaluator class",
        DefaultValueFactory = _ => EvaluatorOptions.Default.ClassName,
    };

    /// <summary>
    /// The evaluator options a command's --namespace and --class-name ask for; null (with the reason on stderr)
    /// when they are not valid C#.
    /// </summary>
    public static EvaluatorOptions? EvaluatorOptionsFrom(ParseResult parse, Option<string> ns, Option<string> className,
        string assemblyName, string? ruleSetName, TextWriter stderr)
    {
        var options = new EvaluatorOptions
        {
            Namespace = parse.GetValue(ns)!,
            ClassName = parse.GetValue(className)!,
            AssemblyName = assemblyName,
            RuleSetName = ruleSetName,
            LineDirectivePath = Path.GetFullPath,
        };
        if (options.Validate() is not { } problem) return options;
        stderr.WriteLine("oblc: " + problem);
        return null;
    }
}
