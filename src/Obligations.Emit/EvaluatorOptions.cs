using Microsoft.CodeAnalysis.CSharp;

namespace Obligations.Emit;

/// <summary>How an evaluator assembly is named and laid out.</summary>
public sealed record EvaluatorOptions
{
    public static readonly EvaluatorOptions Default = new();

    /// <summary>The namespace of every generated type.</summary>
    public string Namespace { get; init; } = "Obligations.Generated";

    /// <summary>The evaluator class (the facts class is <c>Facts</c> beside it).</summary>
    public string ClassName { get; init; } = "RulesEvaluator";

    public string AssemblyName { get; init; } = "Rules";

    /// <summary>The name results and explanations give the rule set; the assembly name when null.</summary>
    public string? RuleSetName { get; init; }

    /// <summary>Maps an .obl path to the path written in <c>#line</c> directives (e.g. to a full path for debuggers).</summary>
    public Func<string, string>? LineDirectivePath { get; init; }

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Validate()
    {
        if (Namespace.Split('.').Any(p => !IsPlainIdentifier(p)))
            return $"'{Namespace}' is not a valid C# namespace (dotted identifiers, no keywords)";
        if (!IsPlainIdentifier(ClassName)) return $"'{ClassName}' is not a valid C# class name";
        if (string.IsNullOrWhiteSpace(AssemblyName) || AssemblyName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            return $"'{AssemblyName}' is not a valid assembly name";
        return null;
    }

    private static bool IsPlainIdentifier(string text) =>
        SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;
}
