using System.Collections.Immutable;
using System.Globalization;
using Obligations.Text;

namespace Obligations.Diagnostics;

/// <summary>A diagnostic: a catalogue entry, a place, a formatted message and any related places.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Location Location,
    string Message,
    DiagnosticSeverity Severity,
    ImmutableArray<RelatedLocation> RelatedLocations)
{
    public string Id => Descriptor.Id;
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Machine-readable extras (for example a witness scenario as JSON) keyed by name.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args),
            descriptor.DefaultSeverity, ImmutableArray<RelatedLocation>.Empty);

    public Diagnostic WithRelated(params RelatedLocation[] related) => this with { RelatedLocations = RelatedLocations.AddRange(related) };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>The canonical one-line form that MSBuild, VS Code problem matchers and CI read.</summary>
    public string ToCanonicalString()
    {
        var start = Location.Start;
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Location.Path}({start.Line + 1},{start.Character + 1}): {severity} {Id}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}

/// <summary>Another place a diagnostic refers to, with a short note.</summary>
public sealed record RelatedLocation(Location Location, string Message);
