namespace Obligations.Cli.Batch;

/// <summary>
/// A few thousand consecutive records, the unit of parallel work. The reader fills it; a worker evaluates it into
/// <see cref="Outcomes"/>; the writer writes chunks in input order. <see cref="Buffer"/> holds the records' bytes.
/// </summary>
public sealed class BatchChunk(long sequence, byte[] buffer, List<BatchRecord> records, long bytesRead)
{
    public long Sequence { get; } = sequence;

    public byte[] Buffer { get; } = buffer;

    public List<BatchRecord> Records { get; } = records;

    /// <summary>Input bytes consumed up to the end of this chunk (for the progress bar).</summary>
    public long BytesRead { get; } = bytesRead;

    public BatchOutcome[] Outcomes { get; set; } = [];

    /// <summary>The chunk's results already rendered as JSON Lines by the worker, when the output is JSON Lines.</summary>
    public ReadOnlyMemory<byte> Rendered { get; set; }
}
