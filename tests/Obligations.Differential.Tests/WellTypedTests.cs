using CsCheck;
using Obligations.Semantics;
using Obligations.Testing.Generation;
using Obligations.Text;

namespace Obligations.Differential.Tests;

/// <summary>The generator only makes rule sets that check: no syntax, binding or type error, on any seed.</summary>
public sealed class WellTypedTests
{
    [Fact]
    public void GeneratedRuleSetsCheckWithoutErrors() =>
        RuleSetGen.RuleSet.Sample(ruleSet =>
        {
            var errors = Compilation.Parse([new SourceText("generated.obl", ruleSet.Text)]).GetDiagnostics().Where(d => d.IsError).ToList();
            if (errors.Count > 0) throw new Xunit.Sdk.XunitException(string.Join("\n", errors.Select(e => e.ToCanonicalString())));
        }, iter: DifferentialSettings.WellTypedIterations, seed: DifferentialSettings.Seed, print: r => "\n" + r.Text);
}
