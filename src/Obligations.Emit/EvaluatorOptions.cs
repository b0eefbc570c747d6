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

    /// <summary>With a type name of at most CSharpIdentifiers.MaxNameBytes, a qualified name stays under metadata's 1,023 bytes.</summary>
    public const int MaxNamespaceBytes = 500;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Validate()
    {
        if (Namespace.Split('.').Any(p => !IsPlainIdentifier(p)))
            return $"'{Namespace}' is not a valid C# namespace (dotted identifiers, no keywords)";
        if (!IsPlainIdentifier(ClassName)) return $"'{ClassName}' is not a valid C# class name";
        if (System.Text.Encoding.UTF8.GetByteCount(Namespace) > MaxNamespaceBytes || System.Text.Encoding.UTF8.GetByteCount(ClassName) > CSharp.CSharpIdentifiers.MaxNameBytes)
            return $"the namespace may be at most {MaxNamespaceBytes} bytes and the class name at most {CSharp.CSharpIdentifiers.MaxNameBytes} (in UTF-8), the longest names .NET metadata holds with the generated names beside them";
        if (string.IsNullOrWhiteSpace(AssemblyName) || AssemblyName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            return $"'{AssemblyName}' is not a valid assembly name";
        // The runtime library is written beside the evaluator: the same name would overwrite one with the other.
        if (IsReservedAssemblyName(AssemblyName))
            return $"'{AssemblyName}' is the name of a library the evaluator needs beside it (it would be overwritten); choose another output name, e.g. 'Rules.dll'";
        return null;
    }

    private static bool IsReservedAssemblyName(string name) =>
        name.Equals("Obligations.Runtime", StringComparison.OrdinalIgnoreCase)
        || name.Equals("System", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
        || name.Equals("mscorlib", StringComparison.OrdinalIgnoreCase)
        || name.Equals("netstandard", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlainIdentifier(string text) =>
        SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;
}
