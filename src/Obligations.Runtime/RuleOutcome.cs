namespace Obligations.Runtime;

/// <summary>The status of one rule and, when the rule applies and has one, its deadline.</summary>
public struct RuleOutcome
{
    public RuleStatus Status;
    public DateTimeOffset? Deadline;

    public RuleOutcome(RuleStatus status, DateTimeOffset? deadline)
    {
        Status = status;
        Deadline = deadline;
    }
}
