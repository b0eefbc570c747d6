using System.Text;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Core.Tests;

/// <summary>
/// Re-prints a source file with each diagnostic on a line under the line it points at, a caret run
/// marking its span: the readable form baseline files are kept in.
/// </summary>
internal static class DiagnosticAnnotator
{
    public static string Annotate(SyntaxTree tree, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics
            .Where(d => d.Location.Path == tree.Path)
            .GroupBy(d => d.Location.Start.Line)
            .ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        var lineCount = tree.Text.LineCount;
        for (var line = 0; line < lineCount; line++)
        {
            var text = tree.Text.GetLineText(line);
            builder.Append(text).Append('\n');
            if (!byLine.TryGetValue(line, out var list)) continue;
            foreach (var d in list)
            {
                var start = d.Location.Start.Character;
                var end = d.Location.End.Line == line ? d.Location.End.Character : text.Length;
                var width = Math.Max(1, end - start);
                var severity = d.Severity.ToString().ToLowerInvariant();
                builder.Append(' ', start).Append(new string('^', width))
                    .Append($" {severity} {d.Id}: {d.Message.Replace("\n", " ")}").Append('\n');
            }
        }
        return builder.ToString();
    }
}
