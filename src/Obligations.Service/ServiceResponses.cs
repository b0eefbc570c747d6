using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Obligations.Service;

/// <summary>Writes the service's JSON responses straight to the body.</summary>
internal static class ServiceResponses
{
    public static async Task Error(HttpContext context, int status, string path, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        ResultJson.WriteError(json, path, message);
    }

    public static async Task Json(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        write(json);
    }
}
