using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Service;

/// <summary>
/// <c>POST /v1/evaluate</c> and <c>/v1/evaluate/batch</c>. Bad JSON or facts: 400 naming the JSON path; a body over
/// the limit: 413; a failure inside the evaluation (e.g. division by zero): 422 naming the place in the rules.
/// </summary>
internal sealed class EvaluateEndpoints(EvaluatorHost host, ServiceOptions options)
{
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public async Task EvaluateAsync(HttpContext context)
    {
        if (!TryNow(context, out var now)) { await ServiceResponses.Error(context, 400, "now", $"expected {DateText.Expected}"); return; }
        using var document = await ReadAsync(context);
        if (document is null) return;
        var result = host.Evaluator.CreateResult();
        var error = Evaluate(document.RootElement, "$", now, result, out var status);
        if (error is not null) await ServiceResponses.Error(context, status, error.Value.Path, error.Value.Message);
        else await ServiceResponses.Json(context, json => ResultJson.WriteResult(json, result));
    }

    public async Task EvaluateBatchAsync(HttpContext context)
    {
        if (!TryNow(context, out var now)) { await ServiceResponses.Error(context, 400, "now", $"expected {DateText.Expected}"); return; }
        using var document = await ReadAsync(context);
        if (document is null) return;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) { await ServiceResponses.Error(context, 400, "$", "expected an array of cases, found " + JsonPaths.Describe(root)); return; }
        if (root.GetArrayLength() > options.MaxBatchCases) { await ServiceResponses.Error(context, 413, "$", $"at most {options.MaxBatchCases} cases per request"); return; }
        var result = host.Evaluator.CreateResult();
        await ServiceResponses.Json(context, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                var error = Evaluate(item, $"$[{index++}]", now, result, out _);
                if (error is null) ResultJson.WriteResult(json, result);
                else ResultJson.WriteError(json, error.Value.Path, error.Value.Message);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private (string Path, string Message)? Evaluate(JsonElement element, string path, DateTimeOffset? now, EvaluationResult result, out int status)
    {
        status = 400;
        FactsCase @case;
        try
        {
            @case = FactsCase.Read(host.Evaluator.FactsType, element, path);
        }
        catch (FactsJsonException e)
        {
            return (e.JsonPath, e.Problem);
        }
        try
        {
            host.Evaluator.Evaluate(@case.Facts, now ?? @case.Now ?? DateTimeOffset.UtcNow, result);
            return null;
        }
        catch (Exception e) when (e is EvaluationException or ArithmeticException)
        {
            status = 422;
            return ("", "evaluation failed: " + e.Message);
        }
    }

    private static bool TryNow(HttpContext context, out DateTimeOffset? now)
    {
        now = null;
        if (context.Request.Query["now"].FirstOrDefault() is not { } text) return true;
        if (!DateText.TryParse(text, out var parsed)) return false;
        now = parsed;
        return true;
    }

    /// <summary>The body as JSON, or null after writing the 400/413 response.</summary>
    private static async Task<JsonDocument?> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, s_options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            await ServiceResponses.Error(context, 400, "$", $"not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
        catch (BadHttpRequestException e)
        {
            await ServiceResponses.Error(context, e.StatusCode, "$", e.Message);
        }
        return null;
    }
}
