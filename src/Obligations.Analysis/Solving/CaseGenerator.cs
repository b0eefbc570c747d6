using System.Collections.Immutable;
using Obligations.Interpretation;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Finds a small set of scenario cases that reaches every reachable status of every rule (each status its decision
/// table can give) and of every consequence (not_available only with <c>when</c> conditions). Greedy: for the
/// first target no case reaches yet, ask for a situation that reaches it and, maximising, as many other unreached
/// targets as possible; replay it through the facts reader and the interpreter and credit every target it really
/// reaches. A target with no situation is unreachable (exact); one the solver cannot settle is "not decided".
/// </summary>
public static class CaseGenerator
{
    private sealed record Target(string Kind, string Name, string Status, Func<RuleStatusEncoder, Lit> Literal, Func<IrOutcome, bool> Reached)
    {
        public string Label => $"{Name} {Status}";
    }

    public static CaseSet Generate(IrProgram program, TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        var targets = Targets(program);
        var solver = new SituationSolver(timeLimit, cancellationToken);
        var reached = new HashSet<Target>();
        var cases = ImmutableArray.CreateBuilder<GeneratedCase>();
        var unreached = ImmutableArray.CreateBuilder<UnreachedStatus>();
        foreach (var target in targets)
        {
            if (reached.Contains(target)) continue;
            var others = targets.Where(t => t != target && !reached.Contains(t)).ToList();
            var outcome = solver.Solve([program], e => new SituationQuestion(target.Literal(e[0]), others.Select(t => t.Literal(e[0])).ToList()));
            if (outcome.Status == SolveStatus.Unsatisfiable)
            {
                unreached.Add(new UnreachedStatus(target.Kind, target.Name, target.Status, true));
                continue;
            }
            if (outcome.Status == SolveStatus.Unknown)
            {
                unreached.Add(new UnreachedStatus(target.Kind, target.Name, target.Status, false, outcome.Reason));
                continue;
            }
            var input = WitnessFormatter.ToJson(outcome.Witnesses[0].Facts, outcome.Witnesses[0].Now);
            var result = AmendmentDiffer.Replay(program, input);
            if (result is null || !target.Reached(result))
            {
                var why = result is null ? "the solver's situation could not be evaluated" : "the solver's situation did not check out when evaluated";
                if (!outcome.Approximations.IsEmpty) why += " (the conditions use " + string.Join("; ", outcome.Approximations) + ")";
                unreached.Add(new UnreachedStatus(target.Kind, target.Name, target.Status, false, why));
                continue;
            }
            var demonstrates = targets.Where(t => !reached.Contains(t) && t.Reached(result)).ToList();
            foreach (var t in demonstrates) reached.Add(t);
            cases.Add(new GeneratedCase(input, [.. demonstrates.Select(t => t.Label)],
                [.. program.Rules.Select(r => KeyValuePair.Create(r.Name, IrStatusNames.Of(result.Statuses[r.Index])))],
                [.. program.Consequences.Select(c => KeyValuePair.Create(c.Name, IrStatusNames.Of(result.Consequences[c.Index])))]));
        }
        return new CaseSet(cases.ToImmutable(), unreached.ToImmutable(), targets.Count);
    }

    /// <summary>
    /// The decision table always has the "not triggered" and "excused" rows; a standing rule (no <c>when</c>) is never
    /// not applicable and a rule without <c>unless</c> never excused, which is the rule's form, not a finding.
    /// </summary>
    private static bool FormAllows(IrRule rule, IrStatus status) => status switch
    {
        IrStatus.NotApplicable => !rule.Whens.IsEmpty,
        IrStatus.Excused => !rule.Unlesses.IsEmpty,
        _ => true,
    };

    private static List<Target> Targets(IrProgram program)
    {
        var targets = new List<Target>();
        foreach (var rule in program.Rules)
            foreach (var status in rule.Statuses.Select(r => r.Status).Distinct().Where(s => FormAllows(rule, s)))
                targets.Add(new Target("rule", rule.Name, IrStatusNames.Of(status), e => e.Status(rule, status), o => o.Statuses[rule.Index] == status));
        foreach (var consequence in program.Consequences)
        {
            var statuses = consequence.Whens.IsEmpty
                ? new[] { IrConsequenceStatus.NotTriggered, IrConsequenceStatus.Applies }
                : [IrConsequenceStatus.NotTriggered, IrConsequenceStatus.Applies, IrConsequenceStatus.NotAvailable];
            foreach (var status in statuses)
                targets.Add(new Target("consequence", consequence.Name, IrStatusNames.Of(status), e => e.Statuses(consequence)[status], o => o.Consequences[consequence.Index] == status));
        }
        return targets;
    }
}
