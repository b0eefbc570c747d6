using System.Runtime.Loader;
using CsCheck;
using Obligations.Cli.Evaluation;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Fuzz.Tests;

/// <summary>
/// The evaluator's promise under hostile facts: reading them either succeeds or is a FactsJsonException naming a
/// JSON path, and evaluating what was read either gives a result or an evaluation error; nothing else escapes.
/// </summary>
public sealed class FactsPromiseTests
{
    private static readonly Lazy<(EvaluatorHost Host, string[] Cases)[]> s_examples = new(() => ExampleSets.All
        .Select(set =>
        {
            var compilation = Compilation.Parse(set.Files.Select(f => new SourceText(f.Path, f.Text)));
            using var image = new MemoryStream();
            var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default);
            Assert.True(result.Success, set.Name);
            image.Position = 0;
            var host = EvaluatorHost.Load(image, new AssemblyLoadContext("fuzz-" + set.Name, isCollectible: true));
            var cases = Directory.GetFiles(Path.Combine(FuzzSettings.Root, "examples", set.Name), "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            return (host, cases);
        })
        .Where(e => e.cases.Length > 0)
        .ToArray());

    [Fact]
    public void Hostile_facts_are_refused_with_a_path_or_evaluated_never_thrown()
    {
        var examples = s_examples.Value;
        var gen = Gen.Select(Gen.Int[0, examples.Length - 1], Gen.Int[0, 1_000], HostileFacts.ChangesGen);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        gen.Sample(input =>
            {
                FuzzSettings.Count("hostile-facts");
                var (host, cases) = examples[input.Item1];
                var json = HostileFacts.Apply(cases[input.Item2 % cases.Length], input.Item3);
                ReadAndEvaluate(host, json);
            },
            iter: FuzzSettings.Iterations(400), time: FuzzSettings.Seconds, seed: FuzzSettings.Seed,
            print: input => $"example {input.Item1}, case {input.Item2}: {string.Join("; ", input.Item3)}");
        FuzzSettings.Report("hostile-facts", clock.Elapsed);
    }

    internal static void ReadAndEvaluate(EvaluatorHost host, string json)
    {
        FactsFile file;
        try
        {
            file = FactsFile.Read(json, host);
        }
        catch (FactsJsonException e)
        {
            Assert.StartsWith("$", e.JsonPath);
            Assert.False(string.IsNullOrWhiteSpace(e.Problem));
            return;
        }
        var result = EvaluationRunner.Run(host, file.Facts, file.Now ?? new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), out var error);
        Assert.True(result is not null || error is not null);
    }
}
