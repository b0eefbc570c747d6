using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Location = Obligations.Text.Location;
using Microsoft.CodeAnalysis.CSharp;
using Obligations.Diagnostics;
using Obligations.Runtime;
using Obligations.Text;
using Diagnostic = Obligations.Diagnostics.Diagnostic;
using CSharpDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using OblSyntaxTree = Obligations.Syntax.SyntaxTree;

namespace Obligations.Emit.CSharp;

/// <summary>
/// Compiles generated C# into an evaluator assembly (with an embedded PDB, so stack traces follow the #line
/// directives back to the rules). Any C# error or warning becomes an OBL4001/OBL4002 diagnostic at the .obl
/// place its #line maps to.
/// </summary>
internal static class CSharpEvaluatorCompiler
{
    // Reference assemblies of .NET 10 (not the running runtime's implementation assemblies, whose types live in
    // System.Private.CoreLib): an evaluator then references System.Runtime like any SDK-built library, and a consumer
    // project compiles against it without CS0012. Only the assemblies the generated code and the runtime library's
    // public API need are referenced, so the compilation reads little metadata.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    [
        Basic.Reference.Assemblies.Net100.References.SystemRuntime,
        Basic.Reference.Assemblies.Net100.References.SystemCollections,
        Basic.Reference.Assemblies.Net100.References.SystemCollectionsImmutable,
        Basic.Reference.Assemblies.Net100.References.SystemTextJson,
        MetadataReference.CreateFromFile(typeof(EvaluationResult).Assembly.Location),
    ]);

    public static ImmutableArray<Diagnostic> Compile(string source, string fileName, EvaluatorOptions options,
        Func<string, OblSyntaxTree?> treeForLinePath, OblSyntaxTree? fallback, Stream peStream, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), fileName, System.Text.Encoding.UTF8, cancellationToken);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release, checkOverflow: true, nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true, warningLevel: 9999)
            .WithSpecificDiagnosticOptions([
                // Assembly version unification notes, suppressed in every SDK build as well.
                KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress),
                KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress),
            ]);
        var compilation = CSharpCompilation.Create(options.AssemblyName, [tree], s_references.Value, compilationOptions);
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded),
            cancellationToken: cancellationToken);
        var problems = result.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(d => ToDiagnostic(d, treeForLinePath, fallback)).ToImmutableArray();
        if (result.Success && problems.IsEmpty)
        {
            image.Position = 0;
            image.CopyTo(peStream);
        }
        return problems;
    }

    private static Diagnostic ToDiagnostic(CSharpDiagnostic diagnostic, Func<string, OblSyntaxTree?> treeForLinePath, OblSyntaxTree? fallback)
    {
        var descriptor = diagnostic.Severity == DiagnosticSeverity.Error ? DiagnosticDescriptors.GeneratedCodeError : DiagnosticDescriptors.GeneratedCodeWarning;
        var generated = diagnostic.Location.GetLineSpan();
        var mapped = diagnostic.Location.GetMappedLineSpan();
        var text = $"{diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} (generated line {generated.StartLinePosition.Line + 1})";
        var source = mapped.HasMappedPath ? treeForLinePath(mapped.Path) : null;
        var location = source is not null
            ? source.GetLocation(new TextSpan(source.Text.GetOffset(new LinePosition(mapped.StartLinePosition.Line, 0)), 0))
            : fallback?.GetLocation(default) ?? new Location(new SourceText("(generated)", string.Empty), default);
        return Diagnostic.Create(descriptor, location, text);
    }
}
