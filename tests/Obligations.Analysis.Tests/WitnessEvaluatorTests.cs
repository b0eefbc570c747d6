using System.Runtime.Loader;
using System.Text.Json;
using Obligations.Emit;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// The end-to-end promise of a contradiction report: its witness, fed as JSON facts to the evaluator compiled
/// from the same rules, really makes both rules apply (neither not applicable nor excused).
/// </summary>
public sealed class WitnessEvaluatorTests
{
    private static readonly string[] ContradictionCodes = ["OBL3011", "OBL3012", "OBL3013"];

    [Theory]
    [MemberData(nameof(BaselineTests.Cases), MemberType = typeof(BaselineTests))]
    public void Witnesses_make_both_rules_apply_in_the_generated_evaluator(string name)
    {
        var baseline = BaselineCase.Load(name);
        var contradictions = baseline.Diagnostics.Where(d => ContradictionCodes.Contains(d.Id)).ToList();
        if (contradictions.Count == 0) return;
        Assert.DoesNotContain(baseline.Compilation.GetDiagnostics(), d => d.IsError);

        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            var emitted = EvaluatorEmitter.Emit(baseline.Compilation, image, EvaluatorOptions.Default with { AssemblyName = "Witness_" + name.Replace('-', '_') });
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            var host = EvaluatorHost.Load(image, context);
            var program = baseline.Compilation.GetBoundProgram();
            foreach (var diagnostic in contradictions)
            {
                using var witness = JsonDocument.Parse(diagnostic.Properties["witness"]);
                var now = witness.RootElement.GetProperty("now").GetDateTimeOffset();
                var result = host.Evaluate(host.ReadFacts(witness.RootElement.GetProperty("facts"), "$.facts"), now);
                var rules = diagnostic.RelatedLocations.Select(r => program.Rules.Single(rule => rule.Location == r.Location)).ToList();
                Assert.Equal(2, rules.Count);
                foreach (var rule in rules)
                {
                    var status = result.StatusOf(rule.Name);
                    Assert.True(status is not RuleStatus.NotApplicable and not RuleStatus.Excused,
                        $"{diagnostic}\n'{rule.Name}' is {status} on the witness {diagnostic.Properties["witness"]}");
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
