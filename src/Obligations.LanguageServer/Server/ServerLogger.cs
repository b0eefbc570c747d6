using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// Logs to stderr (never stdout, which carries the protocol) and sends errors to the client as
/// window/logMessage so they show in the editor's output panel.
/// </summary>
public sealed class ServerLogger(TextWriter writer)
{
    private readonly object _gate = new();

    public IClientNotifier? Client { get; set; }

    public void Info(string message) => Write("info", message);

    public void Warn(string message) => Write("warn", message);

    public void Error(string message)
    {
        Write("error", message);
        Client?.Notify("window/logMessage", new LogMessageParams(MessageType.Error, message));
    }

    private void Write(string level, string message)
    {
        lock (_gate)
        {
            try
            {
                writer.WriteLine($"[obl-lsp {level}] {message}");
                writer.Flush();
            }
            catch (Exception)
            {
                // The log stream itself is gone (client closed stderr); there is nowhere left to report it.
            }
        }
    }
}
