using StreamJsonRpc;

namespace Obligations.LanguageServer.Server;

/// <summary>Base of every notification handler; like <see cref="RequestHandler{TParams,TResult}"/>, it never throws.</summary>
public abstract class NotificationHandler<TParams>(ServerServices services) : ILspHandler
{
    protected ServerServices Services => services;

    public abstract string Method { get; }

    protected abstract void Handle(TParams? notification);

    public void Invoke(TParams? notification = default)
    {
        // LSP: notifications before initialize are dropped, except exit.
        if (!services.Initialized && Method != "exit") return;
        try
        {
            Handle(notification);
            if (Method == "textDocument/didClose") services.Memory.Schedule();
        }
        catch (Exception e)
        {
            services.Logger.Error($"{Method} failed: {e}");
        }
    }

    public void Register(JsonRpc rpc) =>
        rpc.AddLocalRpcMethod(
            GetType().GetMethod(nameof(Invoke))!,
            this,
            new JsonRpcMethodAttribute(Method) { UseSingleObjectParameterDeserialization = true });
}
