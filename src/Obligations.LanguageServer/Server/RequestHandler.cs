using StreamJsonRpc;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// Base of every request handler. The work runs synchronously on the connection's ordered context, so a
/// request always sees every edit sent before it. Exceptions are logged and answered with an empty result:
/// one faulty feature never takes the server down. Cancellation and deliberate protocol errors pass through.
/// </summary>
public abstract class RequestHandler<TParams, TResult>(ServerServices services) : ILspHandler
{
    protected ServerServices Services => services;

    public abstract string Method { get; }

    /// <summary>False for requests without parameters (shutdown).</summary>
    protected virtual bool RequiresParams => true;

    protected abstract TResult? Handle(TParams? request, CancellationToken cancellationToken);

    public Task<TResult?> InvokeAsync(TParams? request = default, CancellationToken cancellationToken = default)
    {
        try
        {
            if (request is null && RequiresParams)
            {
                services.Logger.Warn($"{Method}: request without parameters ignored");
                return Task.FromResult(default(TResult));
            }
            return Task.FromResult(Handle(request, cancellationToken));
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

    public void Register(JsonRpc rpc) =>
        rpc.AddLocalRpcMethod(
            GetType().GetMethod(nameof(InvokeAsync))!,
            this,
            new JsonRpcMethodAttribute(Method) { UseSingleObjectParameterDeserialization = true });
}
