using System.Text.Json;
using Obligations.Cli.Evaluation;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Batch;

/// <summary>
/// Evaluates the records of one chunk: each line is a case as <c>oblc eval --facts</c> reads it (a scenario object
/// or a bare facts object). A record that does not fit becomes an error outcome with its JSON path; the rest go on.
/// </summary>
public sealed class BatchEvaluator(EvaluatorHost host, DateTimeOffset? nowOverride, DateTimeOffset defaultNow)
{
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public void Evaluate(BatchChunk chunk)
    {
        var evaluator = host.Evaluator;
        var result = evaluator.CreateResult();
        var rules = result.Rules.Length;
        var outcomes = new BatchOutcome[chunk.Records.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var record = chunk.Records[i];
            FactsCase @case;
            try
            {
                using var document = JsonDocument.Parse(record.Json, s_options);
                @case = FactsCase.Read(evaluator.FactsType, document.RootElement, "$");
            }
            catch (JsonException e)
            {
                outcomes[i] = new BatchOutcome { Line = record.Line, ErrorPath = "$", Error = $"not valid JSON (byte {(e.BytePositionInLine ?? 0) + 1})", BadFacts = true };
                continue;
            }
            catch (FactsJsonException e)
            {
                outcomes[i] = new BatchOutcome { Line = record.Line, ErrorPath = e.JsonPath, Error = e.Problem, BadFacts = true };
                continue;
            }
            var now = nowOverride ?? @case.Now ?? defaultNow;
            try
            {
                evaluator.Evaluate(@case.Facts, now, result);
            }
            catch (Exception e) when (e is EvaluationException or ArithmeticException)
            {
                // The slow path names the rule's place exactly as `oblc eval` does.
                EvaluationRunner.Run(host, @case.Facts, now, out var error);
                outcomes[i] = new BatchOutcome { Line = record.Line, ErrorPath = "", Error = error ?? e.Message };
                continue;
            }
            var statuses = new byte[rules];
            var deadlines = new long[rules];
            for (var r = 0; r < rules; r++)
            {
                statuses[r] = (byte)result.Rules[r].Status;
                deadlines[r] = result.Rules[r].Deadline is { } d ? d.UtcTicks : -1;
            }
            var consequences = new byte[result.Consequences.Length];
            for (var c = 0; c < consequences.Length; c++) consequences[c] = (byte)result.Consequences[c];
            outcomes[i] = new BatchOutcome { Line = record.Line, Now = now, RuleStatuses = statuses, Deadlines = deadlines, ConsequenceStatuses = consequences };
        }
        chunk.Outcomes = outcomes;
    }
}
