namespace Obligations.Text;

/// <summary>A span in a particular source text.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;
    public LinePosition Start => Source.GetLinePosition(Span.Start);
    public LinePosition End => Source.GetLinePosition(Span.End);

    public override string ToString() => $"{Path}({Start})";
}
