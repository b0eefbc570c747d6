using Obligations.Runtime;
using Obligations.Runtime.Metadata;
using Parquet;
using Parquet.Schema;

namespace Obligations.Cli.Batch;

/// <summary>
/// Results as Parquet, one row per input record in input order: <c>line</c>, <c>error_path</c> and <c>error</c>
/// (null when it evaluated), <c>now</c>, then per rule <c>rule.NAME</c> (status) and <c>deadline.NAME</c>
/// (UTC timestamp or null), per consequence <c>consequence.NAME</c>. Rows are buffered into row groups of
/// <see cref="RowsPerGroup"/>, so memory stays bounded.
/// </summary>
public sealed class ParquetResultWriter : IBatchWriter
{
    private const int RowsPerGroup = 65536;
    private readonly Stream _output;
    private readonly DataField<long> _line = new("line");
    private readonly DataField<string> _errorPath = new("error_path", true);
    private readonly DataField<string> _error = new("error", true);
    private readonly DataField<DateTime?> _now = new("now");
    private readonly DataField<string>[] _rules;
    private readonly DataField<DateTime?>[] _deadlines;
    private readonly DataField<string>[] _consequences;
    private readonly ParquetWriter _writer;
    private readonly List<BatchOutcome> _pending = new(RowsPerGroup);

    public ParquetResultWriter(Stream output, RuleSetInfo ruleSet)
    {
        _output = output;
        _rules = ruleSet.Rules.Select(r => new DataField<string>("rule." + r.Name, true)).ToArray();
        _deadlines = ruleSet.Rules.Select(r => new DataField<DateTime?>("deadline." + r.Name)).ToArray();
        _consequences = ruleSet.Consequences.Select(c => new DataField<string>("consequence." + c.Name, true)).ToArray();
        Field[] fields = [_line, _errorPath, _error, _now, .. _rules, .. _deadlines, .. _consequences];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), output).GetAwaiter().GetResult();
    }

    public void Render(BatchChunk chunk)
    {
    }

    public void Write(BatchChunk chunk)
    {
        _pending.AddRange(chunk.Outcomes);
        if (_pending.Count >= RowsPerGroup) Flush();
    }

    public void Complete()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _output.Flush();
    }

    private void Flush()
    {
        if (_pending.Count == 0) return;
        using var group = _writer.CreateRowGroup();
        var rows = _pending;
        group.WriteAsync(_line, new ReadOnlyMemory<long>(rows.Select(r => r.Line).ToArray())).GetAwaiter().GetResult();
        group.WriteAsync(_errorPath, rows.Select(r => r.ErrorPath).ToArray()).GetAwaiter().GetResult();
        group.WriteAsync(_error, rows.Select(r => r.Error).ToArray()).GetAwaiter().GetResult();
        group.WriteAsync(_now, new ReadOnlyMemory<DateTime?>(rows.Select(r => r.Error is null ? r.Now.UtcDateTime : (DateTime?)null).ToArray())).GetAwaiter().GetResult();
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = i;
            group.WriteAsync(_rules[i], rows.Select(r => r.Error is null ? StatusNames.Of((RuleStatus)r.RuleStatuses[rule]) : null).ToArray()).GetAwaiter().GetResult();
        }
        for (var i = 0; i < _deadlines.Length; i++)
        {
            var rule = i;
            group.WriteAsync(_deadlines[i], new ReadOnlyMemory<DateTime?>(rows
                .Select(r => r.Error is null && r.Deadlines[rule] >= 0 ? new DateTime(r.Deadlines[rule], DateTimeKind.Utc) : (DateTime?)null).ToArray())).GetAwaiter().GetResult();
        }
        for (var i = 0; i < _consequences.Length; i++)
        {
            var consequence = i;
            group.WriteAsync(_consequences[i], rows.Select(r => r.Error is null ? StatusNames.Of((ConsequenceStatus)r.ConsequenceStatuses[consequence]) : null).ToArray())
                .GetAwaiter().GetResult();
        }
        _pending.Clear();
    }

    public void Dispose() => _output.Dispose();
}
