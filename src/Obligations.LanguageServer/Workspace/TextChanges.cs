using System.Text;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Text;

namespace Obligations.LanguageServer.Workspace;

/// <summary>Applies LSP content changes, in order, to a text (incremental sync; a change without range replaces all).</summary>
public static class TextChanges
{
    public static string Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var current = text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                current = new SourceText(text.Path, change.Text ?? string.Empty);
                continue;
            }
            var start = current.ToOffset(change.Range.Start);
            var end = Math.Max(start, current.ToOffset(change.Range.End));
            var builder = new StringBuilder(current.Length - (end - start) + (change.Text?.Length ?? 0));
            builder.Append(current.Text, 0, start).Append(change.Text).Append(current.Text, end, current.Length - end);
            current = new SourceText(text.Path, builder.ToString());
        }
        return current.Text;
    }
}
