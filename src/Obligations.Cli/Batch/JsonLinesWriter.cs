using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Obligations.Runtime;
using Obligations.Runtime.Metadata;

namespace Obligations.Cli.Batch;

/// <summary>
/// One JSON object per input record, in input order:
/// <c>{"line":1,"now":"…","rules":{"r":{"status":"breached","deadline":"…"}},"consequences":{"c":{"status":"applies"}}}</c>,
/// or <c>{"line":3,"error":{"path":"$.facts.x","message":"…"}}</c>.
/// </summary>
public sealed class JsonLinesWriter(Stream output, RuleSetInfo ruleSet) : IBatchWriter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly JsonEncodedText[] _rules = ruleSet.Rules.Select(r => JsonEncodedText.Encode(r.Name, s_options.Encoder)).ToArray();
    private readonly JsonEncodedText[] _consequences = ruleSet.Consequences.Select(c => JsonEncodedText.Encode(c.Name, s_options.Encoder)).ToArray();
    private readonly JsonEncodedText[] _ruleStatuses = StatusNames.RuleStatuses.Select(s => JsonEncodedText.Encode(s)).ToArray();
    private readonly JsonEncodedText[] _consequenceStatuses = StatusNames.ConsequenceStatuses.Select(s => JsonEncodedText.Encode(s)).ToArray();

    public void Render(BatchChunk chunk)
    {
        var buffer = new ArrayBufferWriter<byte>(chunk.Outcomes.Length * 64 * (_rules.Length + 2));
        using var json = new Utf8JsonWriter(buffer, s_options);
        foreach (var outcome in chunk.Outcomes)
        {
            json.WriteStartObject();
            json.WriteNumber("line", outcome.Line);
            if (outcome.Error is not null)
            {
                json.WriteStartObject("error");
                json.WriteString("path", outcome.ErrorPath);
                json.WriteString("message", outcome.Error);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("now", DateText.Format(outcome.Now));
                json.WriteStartObject("rules");
                for (var r = 0; r < _rules.Length; r++)
                {
                    json.WriteStartObject(_rules[r]);
                    json.WriteString("status", _ruleStatuses[outcome.RuleStatuses[r]]);
                    if (outcome.Deadlines[r] >= 0) json.WriteString("deadline", DateText.Format(new DateTimeOffset(outcome.Deadlines[r], TimeSpan.Zero)));
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteStartObject("consequences");
                for (var c = 0; c < _consequences.Length; c++)
                {
                    json.WriteStartObject(_consequences[c]);
                    json.WriteString("status", _consequenceStatuses[outcome.ConsequenceStatuses[c]]);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.Flush();
            buffer.Write("\n"u8);
            json.Reset();
        }
        chunk.Rendered = buffer.WrittenMemory;
    }

    public void Write(BatchChunk chunk) => output.Write(chunk.Rendered.Span);

    public void Complete() => output.Flush();

    public void Dispose() => output.Dispose();
}
