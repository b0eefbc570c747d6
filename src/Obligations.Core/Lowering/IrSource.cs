using Obligations.Text;

namespace Obligations.Lowering;

/// <summary>
/// Where an IR node comes from: the location in the rules, the text written there, and the legal source cited
/// for it (null when none is cited). Locations hold source text, never syntax nodes.
/// </summary>
public sealed record IrSource(Location Location, string Text, string? Citation = null)
{
    public string Path => Location.Path;

    /// <summary>1-based line of the start.</summary>
    public int Line => Location.Start.Line + 1;

    /// <summary>1-based column of the start.</summary>
    public int Column => Location.Start.Character + 1;

    public override string ToString() => $"{Path}({Line},{Column})";
}
