namespace Obligations.Cli.Batch;

/// <summary>
/// Splits a JSON Lines stream into chunks of whole lines without decoding it: one buffer per chunk (about 1 MB,
/// larger only for a longer line), so memory stays constant however long the file. Blank lines are skipped.
/// </summary>
public sealed class JsonLinesReader(Stream input) : IBatchReader
{
    private const int ChunkBytes = 1 << 20;
    private byte[] _carry = [];
    private int _carryLength;
    private long _line;
    private long _bytes;
    private long _sequence;
    private bool _done;

    public long? TotalBytes => input.CanSeek ? input.Length : null;

    public BatchChunk? Next()
    {
        if (_done && _carryLength == 0) return null;
        var buffer = new byte[Math.Max(ChunkBytes, _carryLength * 2)];
        Array.Copy(_carry, buffer, _carryLength);
        var length = _carryLength;
        while (!_done && length < buffer.Length)
        {
            var read = input.Read(buffer, length, buffer.Length - length);
            if (read == 0) _done = true;
            length += read;
        }
        // Cut after the last newline; at the end of the input everything left is the last line.
        var end = _done ? length : Array.LastIndexOf(buffer, (byte)'\n', length - 1) + 1;
        if (end == 0)
        {
            // One line longer than the buffer: grow and read on.
            _carry = buffer;
            _carryLength = length;
            return Next();
        }
        var records = new List<BatchRecord>(end / 256 + 1);
        var start = 0;
        while (start < end)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            _line++;
            var span = new ReadOnlyMemory<byte>(buffer, start, stop - start);
            if (!IsBlank(span.Span)) records.Add(new BatchRecord(_line, span));
            start = stop + 1;
        }
        _carryLength = length - end;
        _carry = _carryLength == 0 ? [] : buffer[end..length];
        _bytes += end;
        return new BatchChunk(_sequence++, buffer, records, _bytes);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    public void Dispose() => input.Dispose();
}
