namespace Obligations.Cli.Batch;

/// <summary>One input case: its 1-based line (JSON Lines) or row (Parquet) and its JSON text (UTF-8).</summary>
public readonly record struct BatchRecord(long Line, ReadOnlyMemory<byte> Json);
