using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Obligations.Runtime.Hosting;

namespace Obligations.Service;

/// <summary>Metadata, schema, liveness and readiness (503 once shutdown has begun, so a load balancer drains this instance).</summary>
internal static class InfoEndpoints
{
    public static void Map(WebApplication app, EvaluatorHost host, string? factsSchema)
    {
        var ruleSet = host.RuleSet;
        app.MapGet("/v1/rules", (HttpContext context) => ServiceResponses.Json(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("ruleSet", ruleSet.Name);
            json.WriteStartArray("rules");
            foreach (var rule in ruleSet.Rules)
            {
                json.WriteStartObject();
                json.WriteString("name", rule.Name);
                json.WriteString("kind", rule.Kind.ToString().ToLowerInvariant());
                json.WriteString("citation", rule.Citation);
                json.WriteString("description", rule.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("consequences");
            foreach (var consequence in ruleSet.Consequences)
            {
                json.WriteStartObject();
                json.WriteString("name", consequence.Name);
                json.WriteString("citation", consequence.Citation);
                json.WriteStartArray("followsBreachOf");
                foreach (var rule in consequence.FollowsAnyBreach ? ruleSet.Rules.Select(r => r.Name).ToArray() : consequence.Rules) json.WriteStringValue(rule);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        })).WithSummary("The rule set's rules and consequences.");
        app.MapGet("/v1/schema", async (HttpContext context) =>
        {
            if (factsSchema is null)
            {
                await ServiceResponses.Error(context, 404, "", "no JSON Schema: the service was started from an evaluator assembly; start it from the .obl rules, or use 'oblc schema'");
                return;
            }
            context.Response.ContentType = "application/schema+json";
            await context.Response.WriteAsync(factsSchema);
        }).WithSummary("The JSON Schema (draft 2020-12) of the facts.");
        app.MapGet("/health", (HttpContext context) => ServiceResponses.Json(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", "healthy");
            json.WriteEndObject();
        }));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        app.MapGet("/ready", (HttpContext context) =>
        {
            var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
            context.Response.StatusCode = stopping ? 503 : 200;
            return ServiceResponses.Json(context, json =>
            {
                json.WriteStartObject();
                json.WriteString("status", stopping ? "stopping" : "ready");
                json.WriteString("ruleSet", ruleSet.Name);
                json.WriteEndObject();
            });
        });
    }
}
