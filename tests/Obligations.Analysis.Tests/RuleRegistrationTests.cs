using System.Text.RegularExpressions;
using Obligations.Diagnostics;
using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>Every analysis rule is registered once, codes are unique, syntactic rules run first, and each code is documented.</summary>
public sealed class RuleRegistrationTests
{
    [Fact]
    public void Every_rule_class_is_registered_exactly_once()
    {
        var classes = typeof(AnalysisRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AnalysisRule)) && !t.IsAbstract).ToHashSet();
        var registered = AnalysisRules.All.Select(r => r.GetType()).ToList();
        Assert.Equal(registered.Count, registered.Distinct().Count());
        Assert.Equal(classes.OrderBy(t => t.Name), registered.OrderBy(t => t.Name));
    }

    [Fact]
    public void Rule_codes_are_unique_and_in_the_analysis_block()
    {
        var codes = AnalysisRules.All.SelectMany(r => r.Descriptors).Select(d => d.Id).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^OBL3[0-9]{3}$", c));
        var catalogue = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(catalogue.Count, catalogue.Distinct().Count());
        // The analysis codes no rule reports itself are reported by the shared solver, configuration and driver code.
        var shared = new[] { "OBL3019", "OBL3020", "OBL3090" };
        Assert.Equal(catalogue.Where(c => c.StartsWith("OBL3", StringComparison.Ordinal)).Order(), codes.Concat(shared).Order());
    }

    [Fact]
    public void Syntactic_rules_run_before_the_solver()
    {
        var stages = AnalysisRules.All.Select(r => r.Stage).ToList();
        Assert.Equal(stages.Order(), stages);
    }

    [Fact]
    public void Every_analysis_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticDescriptors.All.Where(d => d.Id.StartsWith("OBL3", StringComparison.Ordinal)))
            Assert.Matches(new Regex($"^### {descriptor.Id} — ", RegexOptions.Multiline), docs);
    }
}
