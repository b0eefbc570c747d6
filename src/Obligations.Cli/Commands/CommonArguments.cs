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
}
