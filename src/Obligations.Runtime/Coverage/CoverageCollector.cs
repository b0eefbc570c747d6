using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Coverage;

/// <summary>
/// Accumulates, over the scenario cases of one rule set, how often each recorded condition held and failed and
/// how often each rule and consequence reached each status. <see cref="Report"/> turns the counts into figures.
/// </summary>
public sealed class CoverageCollector
{
    private readonly int[] _held;
    private readonly int[] _failed;
    private readonly int[,] _ruleStatuses;
    private readonly int[,] _consequenceStatuses;

    public CoverageCollector(RuleSetInfo ruleSet)
    {
        RuleSet = ruleSet;
        _held = new int[ruleSet.Conditions.Count];
        _failed = new int[ruleSet.Conditions.Count];
        _ruleStatuses = new int[ruleSet.Rules.Count, StatusNames.RuleStatuses.Count];
        _consequenceStatuses = new int[ruleSet.Consequences.Count, StatusNames.ConsequenceStatuses.Count];
    }

    public RuleSetInfo RuleSet { get; }

    /// <summary>How many evaluations were added.</summary>
    public int Cases { get; private set; }

    /// <summary>Adds one evaluation of this rule set (copies the counts; the result may be reused afterwards).</summary>
    public void Add(EvaluationResult result)
    {
        if (!ReferenceEquals(result.RuleSet, RuleSet))
            throw new ArgumentException($"The result is of rule set '{result.RuleSet.Name}', not '{RuleSet.Name}'.", nameof(result));
        Cases++;
        for (var i = 0; i < _held.Length; i++)
        {
            if (result.Conditions[i] == ConditionValue.True) _held[i]++;
            else if (result.Conditions[i] == ConditionValue.False) _failed[i]++;
        }
        for (var i = 0; i < result.Rules.Length; i++) _ruleStatuses[i, (int)result.Rules[i].Status]++;
        for (var i = 0; i < result.Consequences.Length; i++) _consequenceStatuses[i, (int)result.Consequences[i]]++;
    }

    /// <summary>Cases in which the condition was evaluated and held.</summary>
    public int Held(int condition) => _held[condition];

    /// <summary>Cases in which the condition was evaluated and failed.</summary>
    public int Failed(int condition) => _failed[condition];

    public int Count(int rule, RuleStatus status) => _ruleStatuses[rule, (int)status];

    public int Count(int consequence, ConsequenceStatus status) => _consequenceStatuses[consequence, (int)status];

    public RuleSetCoverage Report() => RuleSetCoverage.From(this);
}
