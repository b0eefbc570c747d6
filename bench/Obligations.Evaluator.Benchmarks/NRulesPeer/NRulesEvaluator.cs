using NRules;
using NRules.Fluent;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.NRulesPeer;

/// <summary>
/// Runs <see cref="HarmPreventionNRules"/>: the rules are compiled into a Rete network once; each evaluation is a
/// fresh session (NRules' unit of work) with the case inserted and the agenda fired to quiescence.
/// </summary>
public sealed class NRulesEvaluator
{
    private readonly ISessionFactory _factory;

    public NRulesEvaluator()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(typeof(HarmPreventionNRules).GetNestedTypes())).NestedTypes());
        _factory = repository.Compile();
    }

    public void Evaluate(Facts facts, DateTimeOffset now, RuleStatus[] rules, ConsequenceStatus[] consequences)
    {
        Array.Clear(rules);
        Array.Clear(consequences);
        // A prohibition is complied with unless a rule finds its act done.
        rules[15] = rules[16] = RuleStatus.Complied;
        var session = _factory.CreateSession();
        session.Insert(new HarmCase(facts, now, rules, consequences));
        session.Fire();
    }
}
