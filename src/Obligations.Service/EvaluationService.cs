using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Obligations.Runtime.Hosting;

namespace Obligations.Service;

/// <summary>
/// One rule set over HTTP on Kestrel: <c>POST /v1/evaluate</c> (one case), <c>POST /v1/evaluate/batch</c> (an array
/// of cases), <c>GET /v1/rules</c> (metadata), <c>GET /v1/schema</c> (JSON Schema of the facts), <c>GET /openapi/v1.json</c>,
/// <c>GET /health</c> and <c>GET /ready</c>. Stateless: any number of instances behind a load balancer. Errors are
/// JSON (<c>{"error":{"path","message"}}</c>), never a stack trace; shutdown lets requests in flight finish.
/// </summary>
public sealed class EvaluationService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EvaluationService(WebApplication app) => _app = app;

    /// <param name="host">The loaded evaluator.</param>
    /// <param name="factsSchema">The facts' JSON Schema text, when the rules' source is at hand (null for a DLL).</param>
    /// <param name="options">Address, limits and timeouts.</param>
    public static EvaluationService Create(EvaluatorHost host, string? factsSchema, ServiceOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // A library writes nothing to the console; the command that hosts it says where it listens.
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddOpenApi();
        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context => ServiceResponses.Error(context, StatusCodes.Status500InternalServerError, "", "internal error")));
        app.UseRequestTimeouts();
        app.MapOpenApi();
        var endpoints = new EvaluateEndpoints(host, options);
        app.MapPost("/v1/evaluate", (Delegate)((HttpContext context) => endpoints.EvaluateAsync(context)))
            .Accepts<object>("application/json").Produces(200).Produces(400).Produces(413).Produces(422)
            .WithSummary("Evaluate one case: a scenario object ({\"now\", \"facts\"}) or a bare facts object; ?now= overrides.");
        app.MapPost("/v1/evaluate/batch", (Delegate)((HttpContext context) => endpoints.EvaluateBatchAsync(context)))
            .Accepts<object[]>("application/json").Produces(200).Produces(400).Produces(413)
            .WithSummary("Evaluate a JSON array of cases; each result or error is at the case's index.");
        InfoEndpoints.Map(app, host, factsSchema);
        return new EvaluationService(app);
    }

    /// <summary>Where it listens, once started (with port 0, the port the system chose).</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Runs until the process is asked to stop (SIGTERM, Ctrl+C) or <paramref name="cancellationToken"/> fires.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => await _app.WaitForShutdownAsync(cancellationToken);

    public Task StopAsync() => _app.StopAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
