using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Obligations.Runtime;
using Parquet;
using Parquet.Schema;

namespace Obligations.Cli.Batch;

/// <summary>
/// Reads cases from Parquet (e.g. written by DuckDB or Spark): one row per case, one column per fact field, named
/// by its path below the facts (<c>incident.risk</c>, or a struct column <c>incident</c> with a field <c>risk</c>),
/// and an optional <c>now</c> column. Each row becomes the JSON case <c>oblc eval --facts</c> reads, so errors name
/// the same JSON paths. Sets are string columns holding a JSON array or comma-separated member names; dates are
/// timestamps or ISO strings. One row group is read at a time, in chunks of <see cref="RowsPerChunk"/> rows.
/// </summary>
public sealed class ParquetCaseReader : IBatchReader
{
    private const int RowsPerChunk = 4096;
    private readonly Stream _stream;
    private readonly ParquetReader _reader;
    private readonly (DataField Field, string[] Path, bool IsSet)[] _columns;
    private readonly bool _hasNow;
    private int _group = -1;
    private object?[][] _values = [];
    private long _groupRows;
    private long _groupOffset;
    private long _row;
    private long _sequence;

    public ParquetCaseReader(Stream stream, Type factsType)
    {
        _stream = stream;
        _reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        _columns = _reader.Schema.GetDataFields()
            .Select(f => (f, f.Path.ToList().SelectMany(p => p.Split('.')).ToArray()))
            .OrderBy(c => string.Join('\u0001', c.Item2), StringComparer.Ordinal)
            .Select(c => (c.f, c.Item2, IsSet(factsType, c.Item2)))
            .ToArray();
        _hasNow = _columns.Any(c => c.Path is ["now"]);
    }

    public long? TotalBytes => null;

    public BatchChunk? Next()
    {
        while (_groupOffset >= _groupRows)
        {
            if (++_group >= _reader.RowGroupCount) return null;
            using var group = _reader.OpenRowGroupReader(_group);
            _groupRows = group.RowCount;
            _groupOffset = 0;
            _values = _columns.Select(c => ReadColumn(group, c.Field)).ToArray();
        }
        var count = (int)Math.Min(RowsPerChunk, _groupRows - _groupOffset);
        var buffer = new ArrayBufferWriter<byte>(count * 512);
        var spans = new List<(int Start, int Length)>(count);
        using (var json = new Utf8JsonWriter(buffer))
        {
            for (var i = 0; i < count; i++)
            {
                var start = buffer.WrittenCount;
                WriteRow(json, (int)(_groupOffset + i));
                json.Flush();
                json.Reset();
                spans.Add((start, buffer.WrittenCount - start));
            }
        }
        var bytes = buffer.WrittenMemory.ToArray();
        var records = spans.Select((s, i) => new BatchRecord(_row + i + 1, new ReadOnlyMemory<byte>(bytes, s.Start, s.Length))).ToList();
        _row += count;
        _groupOffset += count;
        return new BatchChunk(_sequence++, bytes, records, 0);
    }

    /// <summary>Columns are sorted by path, so a record's fields are consecutive: open and close objects as the path changes.</summary>
    private void WriteRow(Utf8JsonWriter json, int row)
    {
        json.WriteStartObject();
        var open = new List<string>();
        if (_hasNow)
        {
            json.WriteStartObject("facts");
        }
        for (var c = 0; c < _columns.Length; c++)
        {
            var (_, path, isSet) = _columns[c];
            if (path is ["now"]) continue;
            var common = 0;
            while (common < open.Count && common < path.Length - 1 && open[common] == path[common]) common++;
            for (var k = open.Count; k > common; k--) json.WriteEndObject();
            open.RemoveRange(common, open.Count - common);
            for (var k = common; k < path.Length - 1; k++)
            {
                json.WriteStartObject(path[k]);
                open.Add(path[k]);
            }
            json.WritePropertyName(path[^1]);
            WriteValue(json, _values[c][row], isSet);
        }
        for (var k = open.Count; k > 0; k--) json.WriteEndObject();
        if (_hasNow)
        {
            json.WriteEndObject();
            json.WritePropertyName("now");
            WriteValue(json, _values[Array.FindIndex(_columns, c => c.Path is ["now"])][row], isSet: false);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, bool isSet)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case string s when isSet: WriteSet(json, s); break;
            case string s: json.WriteStringValue(s); break;
            case DateTime d: json.WriteStringValue(DateText.Format(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)))); break;
            case DateTimeOffset d: json.WriteStringValue(DateText.Format(d)); break;
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case TimeSpan t: json.WriteStringValue($"{(long)t.TotalMinutes} minutes"); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d: json.WriteNumberValue(d); break;
            case float f: json.WriteNumberValue(f); break;
            case IConvertible n: json.WriteNumberValue(n.ToInt64(System.Globalization.CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteSet(Utf8JsonWriter json, string text)
    {
        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                document.RootElement.WriteTo(json);
                return;
            }
            catch (JsonException)
            {
                // Not JSON after all: the facts reader reports the string with its path.
            }
            json.WriteStringValue(text);
            return;
        }
        json.WriteStartArray();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) json.WriteStringValue(name);
        json.WriteEndArray();
    }

    private static object?[] ReadColumn(ParquetRowGroupReader group, DataField field)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        var method = type == typeof(string) ? typeof(ParquetCaseReader).GetMethod(nameof(ReadStrings), BindingFlags.NonPublic | BindingFlags.Static)!
            : typeof(ParquetCaseReader).GetMethod(nameof(ReadValues), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return (object?[])method.Invoke(null, [group, field])!;
    }

    private static object?[] ReadStrings(ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
        return values;
    }

    private static object?[] ReadValues<T>(ParquetRowGroupReader group, DataField field) where T : struct
    {
        var values = new T?[group.RowCount];
        group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
        return values.Select(v => v.HasValue ? (object?)v.Value : null).ToArray();
    }

    /// <summary>Whether the fact field at <paramref name="path"/> is a <c>set of</c> (its column holds member names).</summary>
    private static bool IsSet(Type factsType, string[] path)
    {
        var type = factsType;
        foreach (var part in path)
        {
            var property = type.GetProperties().FirstOrDefault(p => (p.GetCustomAttribute<OblNameAttribute>()?.Name ?? p.Name) == part);
            if (property is null) return false;
            type = property.PropertyType;
        }
        return type.GetCustomAttribute<SetOfAttribute>() is not null;
    }

    public void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }
}
