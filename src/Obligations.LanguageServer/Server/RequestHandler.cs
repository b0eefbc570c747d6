using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// Base of every request handler. The work runs synchronously on the connection's ordered context, so a
/// request always sees every edit sent before it. Exceptions are logged and answered with an empty result:
/// one faulty feature never takes the server down. Cancellation and deliberate protocol errors pass through.
/// </summary>
public abstract class RequestHandler<TParams, TResult>(ServerServices services) : ILspHandler
{
    /// <summary>The LSP error code for a request that arrives before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    protected ServerServices Services => services;

    public abstract string Method { get; }

    /// <summary>False for requests without parameters (shutdown).</summary>
    protected virtual bool RequiresParams => true;

    protected abstract TResult? Handle(TParams? request, CancellationToken cancellationToken);

    public Task<TResult?> InvokeAsync(TParams? request = default, CancellationToken cancellationToken = default)
    {
        // LSP: before initialize, a request is answered with ServerNotInitialized; initialize itself only once.
        if (!services.Initialized && Method != "initialize")
            throw new LocalRpcException("the server is not initialized: send 'initialize' first") { ErrorCode = ServerNotInitialized };
        try
        {
            if (request is null && RequiresParams)
            {
                services.Logger.Warn($"{Method}: request without parameters ignored");
                return Task.FromResult(default(TResult));
            }
            var result = Handle(request, cancellationToken);
            if (Method == "initialize") services.Initialized = true;
            return Task.FromResult(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            services.Logger.Error($"{Method} failed: {e}");
            return Task.FromResult(default(TResult));
        }
    }

    /// <summary>
    /// The entry point on the wire: parameters are read here, so that ones of the wrong shape are answered with
    /// InvalidParams (-32602), as LSP asks, rather than the library's generic invocation error.
    /// </summary>
    public Task<TResult?> InvokeJsonAsync(JsonElement? request = null, CancellationToken cancellationToken = default)
    {
        TParams? parameters;
        try
        {
            parameters = request is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } json
                ? json.Deserialize<TParams>(s_parameters)
                : default;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw new LocalRpcException($"{Method}: the parameters do not have the shape LSP gives them: {e.Message}") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        }
        return InvokeAsync(parameters, cancellationToken);
    }

    private static readonly JsonSerializerOptions s_parameters = CreateParameterOptions();

    private static JsonSerializerOptions CreateParameterOptions()
    {
        var options = new JsonSerializerOptions();
        LanguageServerHost.ConfigureSerializer(options);
        return options;
    }

    public void Register(JsonRpc rpc) =>
        rpc.AddLocalRpcMethod(
            GetType().GetMethod(nameof(InvokeJsonAsync))!,
            this,
            new JsonRpcMethodAttribute(Method) { UseSingleObjectParameterDeserialization = true });
}
