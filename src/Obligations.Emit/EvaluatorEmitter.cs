using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Emit.CSharp;
using Obligations.Lowering;
using Obligations.Semantics;

namespace Obligations.Emit;

/// <summary>
/// Compiles a rule set into a C# evaluator. Nothing is generated or written when the compilation has errors;
/// a failure inside emit is reported as an OBL4xxx diagnostic, never thrown.
/// </summary>
public static class EvaluatorEmitter
{
    /// <summary>Generates the evaluator's C# source without compiling it (for <c>--emit-cs</c> and baselines).</summary>
    public static EmitResult Generate(Compilation compilation, EvaluatorOptions options, CancellationToken cancellationToken = default) =>
        Run(compilation, options, peStream: null, cancellationToken);

    /// <summary>Generates and compiles the evaluator; on success writes the assembly image to <paramref name="peStream"/>.</summary>
    public static EmitResult Emit(Compilation compilation, Stream peStream, EvaluatorOptions options, CancellationToken cancellationToken = default) =>
        Run(compilation, options, peStream, cancellationToken);

    /// <summary>The file name the generated source is given: the evaluator class name with <c>.g.cs</c>.</summary>
    public static string GeneratedFileName(EvaluatorOptions options) => options.ClassName + ".g.cs";

    private static EmitResult Run(Compilation compilation, EvaluatorOptions options, Stream? peStream, CancellationToken cancellationToken)
    {
        if (options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.IsError).ToImmutableArray();
        if (!errors.IsEmpty) return new EmitResult(false, errors, null);
        var firstTree = compilation.SyntaxTrees.FirstOrDefault();
        string source;
        try
        {
            var program = IrLowering.Lower(compilation.GetBoundProgram(cancellationToken), cancellationToken).Program;
            // Emit runs only without errors, so nothing is IrInvalid; if something is, that is a compiler bug.
            if (IrWalker.AllExpressions(program).OfType<IrInvalid>().FirstOrDefault() is { } invalid)
                throw new InvalidOperationException($"Internal error: the rule IR has an invalid expression at {invalid.Source}: {invalid.Reason}");
            var tooLarge = program.SetElementEnums.Where(e => e.Members.Length > 64)
                .Select(e => Diagnostic.Create(DiagnosticDescriptors.SetEnumTooLarge, e.Source.Location, e.Name, e.Members.Length)).ToImmutableArray();
            if (!tooLarge.IsEmpty) return new EmitResult(false, tooLarge, null);
            source = EvaluatorSourceGenerator.Generate(program, options);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or NullReferenceException or ArgumentException)
        {
            var location = firstTree?.GetLocation(default) ?? new Text.Location(new Text.SourceText("(none)", string.Empty), default);
            return new EmitResult(false, [Diagnostic.Create(DiagnosticDescriptors.EmitFailed, location, e.Message)], null);
        }
        var fileName = GeneratedFileName(options);
        if (peStream is null) return new EmitResult(true, [], source) { GeneratedFileName = fileName };
        var linePath = options.LineDirectivePath ?? (p => p);
        var byLinePath = compilation.SyntaxTrees.GroupBy(t => CSharp.CSharpIdentifiers.LineDirectivePath(linePath(t.Path))).ToDictionary(g => g.Key, g => g.First());
        var diagnostics = CSharpEvaluatorCompiler.Compile(source, fileName, options,
            p => byLinePath.GetValueOrDefault(p), firstTree, peStream, cancellationToken);
        return new EmitResult(diagnostics.IsEmpty, diagnostics, source) { GeneratedFileName = fileName };
    }
}
