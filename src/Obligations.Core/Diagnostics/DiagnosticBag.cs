using System.Collections.Immutable;
using Obligations.Text;

namespace Obligations.Diagnostics;

/// <summary>Collects diagnostics during one phase; not thread-safe, one per phase run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public int Count => _items.Count;

    public Diagnostic Report(DiagnosticDescriptor descriptor, Location location, params object?[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, location, args);
        _items.Add(diagnostic);
        return diagnostic;
    }

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void ReplaceLast(Diagnostic diagnostic) => _items[^1] = diagnostic;

    public ImmutableArray<Diagnostic> ToImmutable() => _items.ToImmutableArray();
}
