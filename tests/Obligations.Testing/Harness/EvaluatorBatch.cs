using System.Collections.Immutable;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Obligations.Emit;
using Obligations.Runtime;
using Compilation = Obligations.Semantics.Compilation;
using Obligations.Text;

namespace Obligations.Testing.Harness;

/// <summary>
/// Compiles many rule sets with the emitter in one Roslyn compilation (each in its own namespace), because one
/// compilation per rule set costs most of a differential run. The C# options are the emitter's own (checked
/// arithmetic, nullable, every warning); a rule set whose C# does not compile is reported with the C# errors.
/// </summary>
public static class EvaluatorBatch
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] paths = [typeof(object).Assembly.Location, Path.Combine(framework, "System.Runtime.dll"), typeof(EvaluationResult).Assembly.Location];
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    });

    public static IReadOnlyList<CompiledRuleSet> Compile(IReadOnlyList<string> texts)
    {
        var failures = new string?[texts.Count];
        var warnings = new string?[texts.Count];
        var trees = new Dictionary<int, SyntaxTree>();
        for (var i = 0; i < texts.Count; i++)
        {
            var compilation = Compilation.Parse([new SourceText($"ruleset{i}.obl", texts[i])]);
            var generated = EvaluatorEmitter.Generate(compilation, EvaluatorOptions.Default with { Namespace = Namespace(i) });
            if (!generated.Success || generated.GeneratedSource is null)
            {
                failures[i] = "emit: " + string.Join("\n", generated.Diagnostics.Select(d => d.ToCanonicalString()));
                continue;
            }
            // One [assembly: Evaluator] per assembly: the batch finds each evaluator by its namespace instead.
            var source = string.Join('\n', generated.GeneratedSource.Split('\n').Where(l => !l.StartsWith("[assembly:", StringComparison.Ordinal)));
            trees[i] = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), $"ruleset{i}.g.cs");
        }
        var assembly = EmitAll(trees, failures, warnings);
        return [.. texts.Select((text, i) => failures[i] is { } failure || assembly is null
            ? new CompiledRuleSet(text, null, failures[i] ?? "not compiled")
            : new CompiledRuleSet(text, (IEvaluator)Activator.CreateInstance(assembly.GetType(Namespace(i) + ".RulesEvaluator", throwOnError: true)!)!, null, warnings[i]))];
    }

    private static string Namespace(int index) => "Differential.R" + index;

    /// <summary>Compiles the trees; trees with C# errors are dropped (their rule sets failed) and the rest compiled again.</summary>
    private static System.Reflection.Assembly? EmitAll(Dictionary<int, SyntaxTree> trees, string?[] failures, string?[] warnings)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                checkOverflow: true, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
            .WithSpecificDiagnosticOptions([KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress), KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress)]);
        while (trees.Count > 0)
        {
            var compilation = CSharpCompilation.Create("DifferentialBatch", trees.Values, s_references.Value, options);
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var problems = result.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error && !d.IsSuppressed).ToList();
            if (result.Success && problems.Count == 0)
            {
                foreach (var (index, tree) in trees)
                {
                    var found = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed && d.Location.SourceTree == tree).ToList();
                    if (found.Count > 0) warnings[index] = string.Join("\n", found.Select(d => d.ToString()));
                }
                image.Position = 0;
                return new AssemblyLoadContext("differential", isCollectible: true).LoadFromStream(image);
            }
            var bad = trees.Where(t => problems.Any(p => p.Location.SourceTree == t.Value)).Select(t => t.Key).ToList();
            if (bad.Count == 0) bad = [.. trees.Keys]; // a problem with no place: fail them all rather than loop
            foreach (var index in bad)
            {
                failures[index] = "C#: " + string.Join("\n", problems.Where(p => p.Location.SourceTree == trees[index] || p.Location.SourceTree is null).Select(p => p.ToString()));
                trees.Remove(index);
            }
        }
        return null;
    }
}
