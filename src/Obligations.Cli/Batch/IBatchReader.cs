namespace Obligations.Cli.Batch;

/// <summary>Reads a batch input in chunks, in order; <see cref="Next"/> returns null at the end.</summary>
public interface IBatchReader : IDisposable
{
    /// <summary>The input's size in bytes, when known (for the progress bar).</summary>
    long? TotalBytes { get; }

    BatchChunk? Next();
}
