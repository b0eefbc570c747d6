using System.Collections.Immutable;
using System.Text.Json;
using Obligations.Interpretation;
using Obligations.Lowering;
using Obligations.Runtime.Json;

namespace Obligations.Analysis.Solving;

/// <summary>
/// What an amendment changes: for every rule and consequence of either version, whether some situation gives the
/// two versions different statuses. Both versions are encoded over one set of fact variables (facts matched by
/// path and type, <see cref="FactLinker"/>); the question is "old status ≠ new status". A situation found is
/// replayed through each version's facts reader and interpreter and reported only when the statuses really
/// differ there; "no situation" is exact (the encoding only ever allows more situations than the rules do).
/// </summary>
public static class AmendmentDiffer
{
    public static DiffReport Diff(IrProgram old, IrProgram @new, DiffOptions options, CancellationToken cancellationToken = default)
    {
        var solver = new SituationSolver(options.TimeLimit, cancellationToken);
        var entries = ImmutableArray.CreateBuilder<DiffEntry>();
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        var renames = options.Renames;
        var rulePairs = DeclarationMatcher.Match(old.Rules, @new.Rules, r => r.Name, r => r.Source.Text, renames);
        var ruleMap = rulePairs.Where(p => p.Old is not null && p.New is not null).ToDictionary(p => p.Old!.Name, p => p.New!.Name);
        foreach (var (o, n, by) in rulePairs)
        {
            if (o is null || n is null) { entries.Add(OneSided(solver, o is null ? @new : old, (o ?? n)!, o is null)); continue; }
            var oldRows = o.Statuses.Select(r => r.Status).Distinct().ToList();
            entries.Add(Compare(solver, old, @new, "rule", o.Name, n.Name, by, notes,
                (eo, en) => eo.Encoder.Booleans.Or(oldRows.Select(s => eo.Encoder.Booleans.And(eo.Status(o, s), en.Status(n, s).Not())).ToList()),
                (oo, on) => (IrStatusNames.Of(oo.Statuses[o.Index]), IrStatusNames.Of(on.Statuses[n.Index])),
                (wo, wn) => DiffExplainer.ForRule(old, @new, o, n, wo, wn, ruleMap)));
        }
        // A consequence is matched like a rule; renamed rules it follows are compared as renamed.
        var consequencePairs = DeclarationMatcher.Match(old.Consequences, @new.Consequences, c => c.Name, c => c.Source.Text, renames);
        foreach (var (o, n, by) in consequencePairs)
        {
            if (o is null || n is null) { entries.Add(new DiffEntry("consequence", o?.Name, n?.Name, o is null ? DiffVerdict.Added : DiffVerdict.Removed)); continue; }
            entries.Add(Compare(solver, old, @new, "consequence", o.Name, n.Name, by, notes,
                (eo, en) =>
                {
                    var so = eo.Statuses(o);
                    var sn = en.Statuses(n);
                    return eo.Encoder.Booleans.Or(so.Select(p => eo.Encoder.Booleans.And(p.Value, sn[p.Key].Not())).ToList());
                },
                (oo, on) => (IrStatusNames.Of(oo.Consequences[o.Index]), IrStatusNames.Of(on.Consequences[n.Index])),
                (wo, wn) => DiffExplainer.ForConsequence(old, @new, o, n, wo, wn, ruleMap)));
        }
        return new DiffReport(entries.ToImmutable(), [.. notes]);
    }

    private static DiffEntry Compare(SituationSolver solver, IrProgram old, IrProgram @new, string kind, string oldName, string newName,
        string? matchedBy, SortedSet<string> notes, Func<RuleStatusEncoder, RuleStatusEncoder, Lit> differ,
        Func<IrOutcome, IrOutcome, (string Old, string New)> statuses, Func<IrOutcome, IrOutcome, ImmutableArray<string>> explain)
    {
        var outcome = solver.Solve([old, @new], e => new SituationQuestion(differ(e[0], e[1]), []));
        foreach (var note in outcome.Notes) notes.Add(note);
        var entry = new DiffEntry(kind, oldName, newName, DiffVerdict.Unchanged, matchedBy);
        switch (outcome.Status)
        {
            case SolveStatus.Unsatisfiable:
                return entry;
            case SolveStatus.Unknown:
                return entry with { Verdict = DiffVerdict.NotDecided, Reason = outcome.Reason ?? string.Join("; ", outcome.Approximations) };
        }
        var oldInput = WitnessFormatter.ToJson(outcome.Witnesses[0].Facts, outcome.Witnesses[0].Now);
        var newInput = WitnessFormatter.ToJson(outcome.Witnesses[1].Facts, outcome.Witnesses[1].Now);
        var now = outcome.Witnesses[1].Now;
        var oldOutcome = Replay(old, oldInput);
        var newOutcome = Replay(@new, newInput);
        var why = outcome.Approximations.IsEmpty ? "" : " (the conditions use " + string.Join("; ", outcome.Approximations) + ")";
        if (oldOutcome is null || newOutcome is null)
            return entry with { Verdict = DiffVerdict.NotDecided, Reason = "the solver's situation could not be evaluated" + why };
        var (oldStatus, newStatus) = statuses(oldOutcome, newOutcome);
        if (oldStatus == newStatus)
            return entry with { Verdict = DiffVerdict.NotDecided, Reason = "the solver's situation did not check out when evaluated" + why };
        return entry with
        {
            Verdict = DiffVerdict.Changed,
            OldStatus = oldStatus,
            NewStatus = newStatus,
            Situation = new DiffSituation(oldInput, newInput, now),
            Responsible = explain(oldOutcome, newOutcome),
        };
    }

    /// <summary>A rule only one version has, with a situation in which it applies there (when the solver finds one that checks out).</summary>
    private static DiffEntry OneSided(SituationSolver solver, IrProgram program, IrRule rule, bool added)
    {
        var entry = new DiffEntry("rule", added ? null : rule.Name, added ? rule.Name : null, added ? DiffVerdict.Added : DiffVerdict.Removed);
        var outcome = solver.Solve([program], e => new SituationQuestion(e[0].Status(rule, IrStatus.NotApplicable).Not(), []));
        if (outcome.Status != SolveStatus.Satisfiable) return entry;
        var input = WitnessFormatter.ToJson(outcome.Witnesses[0].Facts, outcome.Witnesses[0].Now);
        if (Replay(program, input) is not { } result || result.Statuses[rule.Index] == IrStatus.NotApplicable) return entry;
        var status = IrStatusNames.Of(result.Statuses[rule.Index]);
        return entry with
        {
            OldStatus = added ? "(absent)" : status,
            NewStatus = added ? status : "(absent)",
            Situation = new DiffSituation(added ? "" : input, added ? input : "", outcome.Witnesses[0].Now),
        };
    }

    /// <summary>Evaluates a version on scenario input exactly as a user replaying it would: read the JSON, then interpret.</summary>
    public static IrOutcome? Replay(IrProgram program, string input)
    {
        try
        {
            using var document = JsonDocument.Parse(input);
            var facts = IrFactsReader.Read(program, document.RootElement.GetProperty("facts"), "$.facts");
            var now = DateTimeOffset.Parse(document.RootElement.GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            return IrInterpreter.Evaluate(program, facts, now);
        }
        catch (Exception e) when (e is IrEvaluationException or JsonException or FactsJsonException or FormatException or KeyNotFoundException)
        {
            return null;
        }
    }
}
