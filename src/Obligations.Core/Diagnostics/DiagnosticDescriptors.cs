using System.Collections.Immutable;
using System.Reflection;

namespace Obligations.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic the toolchain reports. It is one partial class split by phase
/// (Syntax 0xxx, Binding 1xxx, Types 2xxx, Analysis 3xxx, Emit 4xxx, Internal 9xxx) so each phase's codes
/// sit beside each other; <see cref="All"/> gathers them, and a test checks that ids are unique and documented.
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>Where the catalogue is documented, relative to the repository root (each code has an anchor there).</summary>
    public const string HelpBaseUri = "docs/diagnostics.md";

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> s_all = new(() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray());

    /// <summary>Every descriptor in the catalogue, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => s_all.Value;

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Info);
}
