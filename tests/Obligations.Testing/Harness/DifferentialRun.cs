using System.Diagnostics;
using Obligations.Testing.Generation;
using Obligations.Testing.Reference;
using Obligations.Testing.Situations;

namespace Obligations.Testing.Harness;

/// <summary>
/// Runs seeded rule sets × situations through the generated evaluator (compiled in batches) and a reference.
/// Disagreements are grouped by <see cref="Signature"/>; signatures listed as known are counted, the first case of
/// every other signature is shrunk. Seeds make every run reproducible: rule set <c>s</c> is built from seed
/// <c>s</c>, its situation <c>j</c> from seed <c>s * 1000 + j</c>.
/// </summary>
public sealed class DifferentialRun(Func<IReferenceEvaluator> reference, IReadOnlySet<string> known, int batchSize = 25, int shrinkAtMost = 5)
{
    private const int RuleSetChoiceCount = 1200;
    private const int SituationChoiceCount = 200;

    public DifferentialReport Run(int firstSeed, int ruleSets, int situations)
    {
        var report = new DifferentialReport();
        var clock = Stopwatch.StartNew();
        var failing = new Dictionary<string, (int[] R, int[] S)>();
        void Record(string signature, int[] r, int[] s)
        {
            report.Signatures[signature] = report.Signatures.GetValueOrDefault(signature) + 1;
            if (!known.Contains(signature) && failing.Count < shrinkAtMost) failing.TryAdd(signature, (r, s));
        }
        for (var batchStart = 0; batchStart < ruleSets; batchStart += batchSize)
        {
            var seeds = Enumerable.Range(firstSeed + batchStart, Math.Min(batchSize, ruleSets - batchStart)).ToList();
            var choices = seeds.Select(s => Choices.Values(s, RuleSetChoiceCount)).ToList();
            var built = choices.Select(c => RuleSetBuilder.Build(c)).ToList();
            var compiled = EvaluatorBatch.Compile([.. built.Select(b => b.Text)]);
            var evaluator = reference();
            for (var i = 0; i < built.Count; i++)
            {
                report.RuleSets++;
                if (WarningSignature(compiled[i]) is { } warning) Record(warning, choices[i], Choices.Values(seeds[i] * 1000, SituationChoiceCount));
                for (var j = 0; j < situations; j++)
                {
                    var situationChoices = Choices.Values(seeds[i] * 1000 + j, SituationChoiceCount);
                    var situation = SituationBuilder.Build(built[i], new Choices(situationChoices));
                    var comparison = DifferentialComparer.Compare(compiled[i], evaluator, situation);
                    report.Situations++;
                    report.Counts[comparison.Kind]++;
                    if (comparison.Kind == ComparisonKind.Unsupported)
                        report.UnsupportedReasons[comparison.Note!] = report.UnsupportedReasons.GetValueOrDefault(comparison.Note!) + 1;
                    if (comparison.Kind == ComparisonKind.Differs) Record(Signature.Of(comparison.Differences[0]), choices[i], situationChoices);
                }
            }
        }
        foreach (var (signature, (r, s)) in failing) report.Disagreements.Add(Shrink(signature, r, s));
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static string? WarningSignature(CompiledRuleSet compiled) =>
        compiled.Warnings is { } w ? Signature.Of("the generated C# has a warning: " + w) : null;

    /// <summary>Evaluates one pair on its own: the disagreement it shows, with its signature, or null.</summary>
    public (string Signature, Disagreement Case)? Check(int[] ruleSetChoices, int[] situationChoices)
    {
        var ruleSet = RuleSetBuilder.Build(ruleSetChoices);
        var situation = SituationBuilder.Build(ruleSet, new Choices(situationChoices));
        var differences = PairCheck.Differences(EvaluatorBatch.Compile([ruleSet.Text])[0], reference(), situation);
        return differences.Count == 0 ? null
            : (Signature.Of(differences[0]), new Disagreement(ruleSetChoices, situationChoices, ruleSet.Text, situation, differences));
    }

    /// <summary>Shrinks towards the smallest pair that still shows a disagreement of the same signature.</summary>
    private Disagreement Shrink(string signature, int[] ruleSet, int[] situation)
    {
        bool Same(int[] a, int[] b) => Check(a, b) is { } found && (found.Signature == signature || found.Case.Differences.Any(d => Signature.Of(d) == signature));
        var (r, s) = ChoiceShrinker.Shrink(ruleSet, situation, Same);
        var shrunk = Check(r, s) ?? Check(ruleSet, situation);
        return shrunk!.Value.Case with { Signature = signature };
    }
}
