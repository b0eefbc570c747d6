namespace Obligations.Build.Tests;

/// <summary>One copy of Consumer/, restored and built once for the class, and what running it printed.</summary>
public sealed class BuiltConsumerFixture : IDisposable
{
    internal ConsumerCopy Copy { get; } = new();

    public BuiltConsumerFixture()
    {
        FirstBuild = Copy.Build();
        if (FirstBuild.ExitCode != 0) return;
        GeneratedAfterFirstBuild = File.GetLastWriteTimeUtc(Copy.GeneratedFile);
        NeverRefunded = Copy.RunConsumer();
        RefundedOnDay3 = Copy.RunConsumer("3");
    }

    public (int ExitCode, string Output) FirstBuild { get; }

    public DateTime GeneratedAfterFirstBuild { get; }

    public (int ExitCode, string Output) NeverRefunded { get; }

    public (int ExitCode, string Output) RefundedOnDay3 { get; }

    public void Dispose() => Copy.Dispose();
}
