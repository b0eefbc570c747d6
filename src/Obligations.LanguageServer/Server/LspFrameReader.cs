using System.Text;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// Reads the LSP base protocol's frames (<c>Content-Length: N</c>, a blank line, N bytes of body) from a stream,
/// keeping its place whatever arrives: a frame without a usable Content-Length is skipped up to the next
/// <c>Content-Length:</c> header, an over-long body is read past, and the end of the stream is simply the end.
/// </summary>
public sealed class LspFrameReader(Stream input, Action<string> warn)
{
    /// <summary>The largest body accepted; a larger one is read past and reported (limits.md).</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private const int MaxHeaderLineBytes = 8 * 1024;
    private static readonly byte[] s_contentLength = Encoding.ASCII.GetBytes("content-length:");

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next frame's body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            long? length = null;
            var sawHeader = false;
            var broken = false;
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (line is null) return null;
                if (line.Length == 0)
                {
                    if (!sawHeader) continue; // stray blank lines between frames
                    break;
                }
                sawHeader = true;
                var colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (long.TryParse(line[(colon + 1)..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) length = n;
                    else broken = true;
                }
                else if (colon <= 0) broken = true;
                if (broken) break;
            }
            if (!broken && length is { } size)
            {
                if (size <= MaxMessageBytes) return await ReadExactAsync((int)size, cancellationToken).ConfigureAwait(false);
                warn($"skipped a message of {size} bytes, more than the {MaxMessageBytes} accepted");
                if (!await SkipAsync(size, cancellationToken).ConfigureAwait(false)) return null;
                continue;
            }
            warn("skipped a frame without a valid Content-Length header; reading on from the next Content-Length header");
            if (!await SkipToContentLengthAsync(cancellationToken).ConfigureAwait(false)) return null;
        }
    }

    /// <summary>One header line without its line break ("\r\n" or "\n"); an over-long line reads as "?" (broken).</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                // Garbage right before a header ("xyzContent-Length: 5"): drop it, so the frame after it is not lost.
                var header = IndexOfContentLength(_start + 1, newline);
                if (header > 0)
                {
                    warn("skipped text before a Content-Length header");
                    _start = header;
                    continue;
                }
                var count = newline - _start;
                if (count > 0 && _buffer[newline - 1] == '\r') count--;
                var line = Encoding.ASCII.GetString(_buffer, _start, Math.Min(count, MaxHeaderLineBytes));
                _start = newline + 1;
                return count > MaxHeaderLineBytes ? "?" : line;
            }
            if (_end - _start > MaxHeaderLineBytes) return "?"; // no line break in sight: broken, the search resynchronises
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end == _start) return null;
                _start = _end; // a last line without a line break cannot start a frame
                return null;
            }
        }
    }

    private async Task<byte[]?> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        var body = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            var take = Math.Min(count - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, body, copied, take);
            _start += take;
            copied += take;
        }
        return body;
    }

    private async Task<bool> SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return false;
            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
        }
        return true;
    }

    /// <summary>Moves to the next "Content-Length:" (any case, anywhere: a skipped body need not end with a line break).</summary>
    private async Task<bool> SkipToContentLengthAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = IndexOfContentLength(_start, _end);
            if (found >= 0)
            {
                _start = found;
                return true;
            }
            // Keep a tail that may be the start of the header, split across reads.
            _start = Math.Max(_start, _end - s_contentLength.Length + 1);
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return false;
        }
    }

    private int IndexOfContentLength(int from, int to)
    {
        for (var i = from; i + s_contentLength.Length <= to; i++)
            if (Matches(i)) return i;
        return -1;
    }

    private bool Matches(int at)
    {
        for (var j = 0; j < s_contentLength.Length; j++)
        {
            var b = _buffer[at + j];
            if ((b is >= (byte)'A' and <= (byte)'Z' ? b | 0x20 : b) != s_contentLength[j]) return false;
        }
        return true;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = await input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }
}
