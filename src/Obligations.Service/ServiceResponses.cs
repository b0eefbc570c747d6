using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Obligations.Service;

/// <summary>Writes the service's JSON responses straight to the body.</summary>
internal static class ServiceResponses
{
    // Quotes in messages stay readable ("risk", not \u0022risk\u0022); the body is always application/json, never HTML.
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task Error(HttpContext context, int status, string path, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body, s_options);
        ResultJson.WriteError(json, path, message);
    }

    public static async Task Json(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body, s_options);
        write(json);
    }
}
