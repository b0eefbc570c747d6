using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Obligations.Cli.Tests;

/// <summary>
/// <c>oblc eval --batch</c>: every case of the data-breach example gives the statuses its file expects, in input
/// order across chunks and cores; bad records are reported with line and JSON path without stopping the batch.
/// </summary>
public sealed class BatchEvalTests : IDisposable
{
    private static readonly string s_rules = Path.Combine(CliRunner.Root, "examples", "data-breach");
    private static readonly string[] s_cases = Directory.GetFiles(Path.Combine(s_rules, "cases"), "*.json").Order(StringComparer.Ordinal).ToArray();
    private readonly string _dir = Directory.CreateTempSubdirectory("obl-batch-").FullName;

    [Fact]
    public void Json_lines_results_follow_input_order_and_bad_records_name_line_and_path()
    {
        var lines = s_cases.Select(f => Compact(f)).ToList();
        lines.Insert(2, lines[0].Replace("\"high_risk\"", "\"very_high\""));
        lines.Insert(4, "{\"facts\": ");
        lines.Insert(5, "");
        var input = Write("cases.jsonl", string.Join("\n", lines) + "\n");
        var output = Path.Combine(_dir, "results.jsonl");

        var (exitCode, stdout, stderr) = CliRunner.Run(_dir, "eval", s_rules, "--batch", input, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains($"{input}(3): $.facts.incident.risk: expected one of", stderr);
        Assert.Contains($"{input}(5): $: not valid JSON", stderr);
        Assert.Contains("oblc: 13 cases in", stderr);
        var results = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([1L, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14], results.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal("$.facts.incident.risk", results[2].GetProperty("error").GetProperty("path").GetString());
        var good = results.Where(r => !r.TryGetProperty("error", out _)).ToArray();
        Assert.Equal(s_cases.Length, good.Length);
        for (var i = 0; i < s_cases.Length; i++) AssertExpected(s_cases[i], good[i]);
    }

    [Fact]
    public void Fail_fast_stops_after_the_first_bad_record()
    {
        var one = Compact(s_cases[0]);
        var input = Write("cases.jsonl", $"{one}\n{one.Replace("\"documented\":true", "\"documented\":1")}\n{one}\n");

        var (exitCode, stdout, stderr) = CliRunner.Run(_dir, "eval", s_rules, "--batch", input, "--fail-fast");

        Assert.Equal(2, exitCode);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"{input}(2): $.facts.incident.documented: expected true or false", stderr);
        Assert.Contains("stopped at the first failure (--fail-fast)", stderr);
    }

    [Fact]
    public void Many_records_over_several_chunks_keep_their_order()
    {
        // About 2,000 lines of ~700 bytes: two chunks of 1 MB, evaluated in parallel.
        var cases = s_cases.Select(f => Compact(f)).ToArray();
        var input = Write("many.jsonl", string.Join("\n", Enumerable.Range(0, 2000).Select(i => cases[i % cases.Length])));

        var (exitCode, stdout, stderr) = CliRunner.Run(_dir, "eval", s_rules, "--batch", input);

        Assert.True(exitCode == 0, stderr);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), results.Select(r => r.GetProperty("line").GetInt64()));
        for (var i = 0; i < results.Length; i += 97) AssertExpected(s_cases[i % cases.Length], results[i]);
    }

    [Fact]
    public async Task Parquet_in_and_out()
    {
        var documents = s_cases.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToArray();
        var incident = documents[0].GetProperty("facts").GetProperty("incident").EnumerateObject().ToArray();
        // One column per fact field, named by its path; dates as timestamps, the rest as their JSON types.
        var fields = new List<DataField> { new DataField<DateTime>("now"), new DataField<bool>("public_body_exempt_from_fines") };
        foreach (var p in incident)
            fields.Add(p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False ? new DataField<bool>("incident." + p.Name)
                : p.Name.EndsWith("_on", StringComparison.Ordinal) ? new DataField<DateTime>("incident." + p.Name) : new DataField<string>("incident." + p.Name));
        var input = Path.Combine(_dir, "cases.parquet");
        await using (var stream = File.Create(input))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync((DataField<DateTime>)fields[0], new ReadOnlyMemory<DateTime>(documents.Select(d => Date(d.GetProperty("now"))).ToArray()));
            await group.WriteAsync((DataField<bool>)fields[1], new ReadOnlyMemory<bool>(documents.Select(d => d.GetProperty("facts").GetProperty("public_body_exempt_from_fines").GetBoolean()).ToArray()));
            foreach (var field in fields.Skip(2))
            {
                var values = documents.Select(d => d.GetProperty("facts").GetProperty("incident").GetProperty(field.Name["incident.".Length..])).ToArray();
                if (field is DataField<bool> b) await group.WriteAsync(b, new ReadOnlyMemory<bool>(values.Select(v => v.GetBoolean()).ToArray()));
                else if (field is DataField<DateTime> t) await group.WriteAsync(t, new ReadOnlyMemory<DateTime>(values.Select(Date).ToArray()));
                else await group.WriteAsync((DataField<string>)field, values.Select(v => v.GetString()).ToArray());
            }
        }
        var output = Path.Combine(_dir, "results.parquet");

        var (exitCode, _, stderr) = CliRunner.Run(_dir, "eval", s_rules, "--batch", input, "-o", output);

        Assert.True(exitCode == 0, stderr);
        await using var read = File.OpenRead(output);
        await using var reader = await ParquetReader.CreateAsync(read);
        using var results = reader.OpenRowGroupReader(0);
        Assert.Equal(s_cases.Length, results.RowCount);
        var schema = reader.Schema;
        for (var i = 0; i < s_cases.Length; i++)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(s_cases[i]));
            foreach (var rule in expected.RootElement.GetProperty("expect").GetProperty("rules").EnumerateObject())
            {
                var column = new string?[results.RowCount];
                await results.ReadAsync(schema.FindDataField("rule." + rule.Name), column.AsMemory());
                Assert.True(rule.Value.GetString() == column[i], $"{Path.GetFileName(s_cases[i])}: {rule.Name} is {column[i]}");
            }
        }
    }

    /// <summary>A case file on one line, as a JSON Lines record.</summary>
    private static string Compact(string caseFile) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(caseFile)).RootElement);

    private static DateTime Date(JsonElement e) => DateTimeOffset.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

    private static void AssertExpected(string caseFile, JsonElement result)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(caseFile));
        var expect = expected.RootElement.GetProperty("expect");
        foreach (var rule in expect.GetProperty("rules").EnumerateObject())
            Assert.True(rule.Value.GetString() == result.GetProperty("rules").GetProperty(rule.Name).GetProperty("status").GetString(),
                $"{Path.GetFileName(caseFile)}: {rule.Name}");
        foreach (var consequence in expect.GetProperty("consequences").EnumerateObject())
            Assert.Equal(consequence.Value.GetString(), result.GetProperty("consequences").GetProperty(consequence.Name).GetProperty("status").GetString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
