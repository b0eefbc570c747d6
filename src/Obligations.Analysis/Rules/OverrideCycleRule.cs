using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Diagnostics;

namespace Obligations.Analysis.Rules;

/// <summary>OBL3017: a overrides b overrides … a leaves no rule with precedence; reported once per cycle.</summary>
public sealed class OverrideCycleRule : AnalysisRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors => [DiagnosticDescriptors.OverrideCycle];
    public override AnalysisStage Stage => AnalysisStage.Syntactic;

    public override void Analyze(AnalysisContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in context.Program.Rules)
        {
            var cycle = FindCycle(start, start, [start], new HashSet<RuleSymbol>());
            if (cycle is null) continue;
            // The same cycle is found from each of its rules; report it once, at its first rule in source order.
            var key = string.Join(",", cycle.Select(r => r.Name).Order(StringComparer.Ordinal));
            if (!reported.Add(key)) continue;
            var path = string.Join(" overrides ", cycle.Append(start).Select(r => $"'{r.Name}'"));
            var first = start.Overrides.First(o => o.Target == cycle.ElementAtOrDefault(1) || (cycle.Count == 1 && o.Target == start));
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.OverrideCycle, start.Tree.GetLocation(first.Syntax.Span), path);
            var related = cycle.Skip(1).Select(r => new RelatedLocation(r.Location, $"'{r.Name}' is part of the cycle")).ToArray();
            context.Report(diagnostic.WithRelated(related));
        }
    }

    private static List<RuleSymbol>? FindCycle(RuleSymbol start, RuleSymbol current, List<RuleSymbol> path, HashSet<RuleSymbol> visited)
    {
        foreach (var target in current.Overrides.Select(o => o.Target))
        {
            if (target == start) return path;
            if (!visited.Add(target)) continue;
            var found = FindCycle(start, target, [.. path, target], visited);
            if (found is not null) return found;
        }
        return null;
    }
}
