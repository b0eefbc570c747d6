using Obligations.LanguageServer.Workspace;

namespace Obligations.LanguageServer.Server;

/// <summary>What every handler may use: the workspace, the diagnostics publisher, settings, the log and the client.</summary>
public sealed class ServerServices
{
    public ServerServices(ServerLogger logger, IClientNotifier client, TimeSpan analysisDelay)
    {
        Logger = logger;
        Client = client;
        Workspace = new ObligationsWorkspace(logger);
        Diagnostics = new DiagnosticsPublisher(client, Settings, logger) { AnalysisDelay = analysisDelay };
        Workspace.Changed += Diagnostics.Schedule;
    }

    public ServerLogger Logger { get; }
    public IClientNotifier Client { get; }
    public ServerSettings Settings { get; } = new();
    public ObligationsWorkspace Workspace { get; }
    public DiagnosticsPublisher Diagnostics { get; }

    /// <summary>Returns a closed document's memory to the system (see <see cref="MemoryReclaimer"/>).</summary>
    public MemoryReclaimer Memory { get; } = new(TimeSpan.FromSeconds(2));

    public bool ShutdownRequested { get; set; }

    /// <summary>Set once <c>initialize</c> has been answered; before it, requests get -32002 (LSP 3.17).</summary>
    public bool Initialized { get; set; }

    /// <summary>Whether the client can register file watchers at run time.</summary>
    public bool ClientSupportsWatcherRegistration { get; set; }

    /// <summary>Set by the host: ends the connection with the given exit code.</summary>
    public Action<int> Exit { get; set; } = _ => { };
}
