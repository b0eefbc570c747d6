namespace Obligations.Runtime.Metadata;

/// <summary>Where something is written in the rules: a file and a 1-based line/column range.</summary>
public sealed record SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The canonical <c>path(line,col)</c> form.</summary>
    public override string ToString() => $"{Path}({Line},{Column})";
}
