namespace Obligations.Runtime.Metadata;

/// <summary>Everything an evaluator knows about its rule set, for results, explanations and hosts.</summary>
public sealed class RuleSetInfo
{
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly Dictionary<string, int> _consequenceIndex;

    public RuleSetInfo(string name, RuleInfo[] rules, ConsequenceInfo[] consequences, ConditionInfo[] conditions)
    {
        Name = name;
        Rules = rules;
        Consequences = consequences;
        Conditions = conditions;
        _ruleIndex = rules.ToDictionary(r => r.Name, r => r.Index, StringComparer.Ordinal);
        _consequenceIndex = consequences.ToDictionary(c => c.Name, c => c.Index, StringComparer.Ordinal);
    }

    public string Name { get; }
    public IReadOnlyList<RuleInfo> Rules { get; }
    public IReadOnlyList<ConsequenceInfo> Consequences { get; }
    public IReadOnlyList<ConditionInfo> Conditions { get; }

    public int FindRule(string name) => _ruleIndex.TryGetValue(name, out var i) ? i : -1;

    public int FindConsequence(string name) => _consequenceIndex.TryGetValue(name, out var i) ? i : -1;
}
