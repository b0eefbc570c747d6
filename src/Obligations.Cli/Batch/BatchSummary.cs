namespace Obligations.Cli.Batch;

/// <summary>What a batch did: records evaluated and failed, and whether it stopped early (--fail-fast).</summary>
public sealed class BatchSummary
{
    public long Records { get; set; }

    public long BadFacts { get; set; }

    public long EvaluationFailures { get; set; }

    public bool Stopped { get; set; }

    public TimeSpan Elapsed { get; set; }
}
