using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;

namespace Obligations.LanguageServer.Tests.Infrastructure;

public static class EditApplier
{
    /// <summary>Applies non-overlapping edits to a text, as a client does.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var source = new SourceText("x.obl", text);
        foreach (var edit in edits.OrderByDescending(e => source.ToOffset(e.Range.Start)))
        {
            var start = source.ToOffset(edit.Range.Start);
            var end = source.ToOffset(edit.Range.End);
            text = text[..start] + edit.NewText + text[end..];
        }
        return text;
    }
}
