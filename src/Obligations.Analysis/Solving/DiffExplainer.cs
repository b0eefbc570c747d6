using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// The clauses responsible for a difference: on the situation found, the conditions of the rule (and of the rules
/// overriding it, and the named conditions they read) whose text or truth differs between the versions, matched
/// by owner, kind and text; and the deadline when it moved.
/// </summary>
internal static partial class DiffExplainer
{
    private sealed record Clause(string Owner, IrConditionKind Kind, string Text, bool? Value);

    public static ImmutableArray<string> ForRule(IrProgram old, IrProgram @new, IrRule o, IrRule n, IrOutcome wo, IrOutcome wn,
        IReadOnlyDictionary<string, string> ruleMap)
    {
        // The rules overriding it in either version, by name, so a dropped override shows as "overridden by" below.
        var overriders = o.OverriddenBy.Select(i => old.Rules[i].Name).Union(n.OverriddenBy.Select(i => @new.Rules[i].Name)).ToList();
        // Old clauses are named after the new names of renamed rules, so a rename alone shows no clause as changed.
        var oldClauses = Clauses(old, o, wo, overriders.Select(name => ruleMap.FirstOrDefault(p => p.Value == name).Key ?? name).ToList())
            .Select(c => ruleMap.TryGetValue(c.Owner, out var renamed) ? c with { Owner = renamed } : c).ToList();
        var lines = Compare(oldClauses, Clauses(@new, n, wn, overriders));
        if (wo.Deadlines[o.Index] is { } d1 && wn.Deadlines[n.Index] is { } d2 && d1 != d2)
            lines.Add($"deadline: {WitnessFormatter.DateText(d1)} before, {WitnessFormatter.DateText(d2)} now");
        var by1 = wo.OverriddenBy[o.Index] is { } i1 ? old.Rules[i1].Name : null;
        var by2 = wn.OverriddenBy[n.Index] is { } i2 ? @new.Rules[i2].Name : null;
        if (by1 != by2) lines.Add($"overridden by: {by1 ?? "none"} before, {by2 ?? "none"} now");
        return [.. lines];
    }

    public static ImmutableArray<string> ForConsequence(IrProgram old, IrProgram @new, IrConsequence o, IrConsequence n, IrOutcome wo, IrOutcome wn,
        IReadOnlyDictionary<string, string> ruleMap)
    {
        var lines = Compare(o.Whens.Select(c => Of(c, wo)).ToList(), n.Whens.Select(c => Of(c, wn)).ToList());
        var followedOld = o.Rules.Select(r => old.Rules[r]).ToDictionary(r => ruleMap.TryGetValue(r.Name, out var m) ? m : r.Name, r => IrStatusNames.Of(wo.Statuses[r.Index]));
        var followedNew = n.Rules.Select(r => @new.Rules[r]).ToDictionary(r => r.Name, r => IrStatusNames.Of(wn.Statuses[r.Index]));
        foreach (var name in followedOld.Keys.Union(followedNew.Keys).Order(StringComparer.Ordinal))
        {
            var a = followedOld.GetValueOrDefault(name);
            var b = followedNew.GetValueOrDefault(name);
            if (a != b) lines.Add($"follows {name}: {a ?? "(not followed)"} before, {b ?? "(not followed)"} now");
        }
        return [.. lines];
    }

    private static List<Clause> Clauses(IrProgram program, IrRule rule, IrOutcome outcome, List<string> overriderNames)
    {
        var overriders = overriderNames.Select(program.FindRule).OfType<IrRule>().Where(r => r != rule).ToList();
        var clauses = new List<Clause>();
        void Add(IrRule r)
        {
            foreach (var c in r.Whens.Concat(r.Unlesses)) clauses.Add(Of(c, outcome));
            if (r.Done is { } done) clauses.Add(Of(done, outcome));
            if (r.DoneInTime is { } inTime) clauses.Add(Of(inTime, outcome));
        }
        Add(rule);
        foreach (var by in overriders) Add(by);
        // The named conditions (triggers, thresholds, criteria) these clauses read.
        var supports = clauses.Count == 0 ? [] : rule.Whens.Concat(rule.Unlesses).Concat(overriders.SelectMany(r => r.Whens.Concat(r.Unlesses)))
            .SelectMany(c => c.Supports).Distinct().ToList();
        foreach (var id in supports) clauses.Add(Of(program.Conditions[id], outcome));
        return clauses;
    }

    private static Clause Of(IrCondition condition, IrOutcome outcome) =>
        new(condition.Owner, condition.Kind, Normalize(condition.Source.Text), outcome.Conditions[condition.Id]);

    private static List<string> Compare(List<Clause> old, List<Clause> @new)
    {
        var lines = new List<string>();
        var unmatched = @new.ToList();
        foreach (var o in old)
        {
            var n = unmatched.FirstOrDefault(x => x.Owner == o.Owner && x.Kind == o.Kind && x.Text == o.Text)
                ?? unmatched.FirstOrDefault(x => x.Owner == o.Owner && x.Kind == o.Kind && x.Kind is IrConditionKind.Trigger or IrConditionKind.Threshold or IrConditionKind.Criterion or IrConditionKind.Done or IrConditionKind.DoneInTime);
            if (n is null) { lines.Add($"{Label(o)} (removed): {Truth(o.Value)} before"); continue; }
            unmatched.Remove(n);
            if (n.Text != o.Text) lines.Add($"{Label(o)} → `{n.Text}` (changed): {Truth(o.Value)} before, {Truth(n.Value)} now");
            else if (n.Value != o.Value && n.Value is not null && o.Value is not null) lines.Add($"{Label(o)}: {Truth(o.Value)} before, {Truth(n.Value)} now");
        }
        foreach (var n in unmatched) lines.Add($"{Label(n)} (added): {Truth(n.Value)} now");
        return lines;
    }

    private static string Label(Clause c) => $"{c.Owner}: {KindWord(c.Kind)} `{c.Text}`";

    private static string KindWord(IrConditionKind kind) => kind switch
    {
        IrConditionKind.DoneInTime => "done in time",
        IrConditionKind.Done => "done when",
        IrConditionKind.ConsequenceWhen => "when",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Truth(bool? value) => value switch { true => "holds", false => "fails", null => "not evaluated" };

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
