using System.Runtime;

namespace Obligations.LanguageServer.Server;

/// <summary>
/// Gives memory back to the operating system after a document is closed. A large document's trees, models and
/// diagnostics become garbage then, but the runtime keeps the heap it grew to unless a collection compacts and
/// decommits it; one aggressive collection, a moment after the last close (so the publish that clears the
/// document's diagnostics has let go of it too), brings the process back near its idle size.
/// </summary>
public sealed class MemoryReclaimer(TimeSpan delay)
{
    private readonly object _gate = new();
    private Timer? _timer;

    /// <summary>Asks for a collection after <c>delay</c>; later requests within it push it back.</summary>
    public void Schedule()
    {
        lock (_gate)
        {
            _timer ??= new Timer(_ => Reclaim());
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static void Reclaim()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
