using Obligations.LanguageServer.Protocol;
using Obligations.Text;

namespace Obligations.LanguageServer.Server;

/// <summary>Between the compiler's offsets and spans and LSP's line/character positions (both UTF-16).</summary>
public static class LspConversions
{
    public static Position ToPosition(this SourceText text, int offset)
    {
        var p = text.GetLinePosition(offset);
        return new Position(p.Line, p.Character);
    }

    public static Protocol.Range ToRange(this SourceText text, TextSpan span) =>
        new(text.ToPosition(span.Start), text.ToPosition(span.End));

    public static int ToOffset(this SourceText text, Position position) =>
        text.GetOffset(new LinePosition(position.Line, position.Character));

    public static LspLocation ToLspLocation(this Location location) =>
        new(DocumentUris.FromPath(location.Path), location.Source.ToRange(location.Span));
}
