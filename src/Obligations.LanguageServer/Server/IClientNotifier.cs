namespace Obligations.LanguageServer.Server;

/// <summary>Sends notifications and requests to the client.</summary>
public interface IClientNotifier
{
    /// <summary>Fire and forget: failures are swallowed (the client may be gone).</summary>
    void Notify(string method, object parameters);

    Task NotifyAsync(string method, object parameters);

    Task RequestAsync(string method, object parameters);
}
