using System.Text;
using Obligations.Diagnostics;
using Obligations.Text;

namespace Obligations.Analysis.Tests;

/// <summary>
/// The baseline format: the source re-printed, each diagnostic under its line as
/// <c>//   ^^^^ warning OBL3001: message</c>, related places and any witness JSON below it. Diagnostics in
/// other files (obligations.json) follow at the end with their file name.
/// </summary>
internal static class AnnotatedSource
{
    public static string Render(SourceText source, IEnumerable<Diagnostic> diagnostics, string root)
    {
        var byLine = diagnostics.Where(d => d.Location.Path == source.Path).ToLookup(d => d.Location.Start.Line);
        var builder = new StringBuilder();
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.GetLineText(line);
            if (line == source.LineCount - 1 && text.Length == 0 && !byLine[line].Any()) break;
            builder.Append(text).Append('\n');
            foreach (var diagnostic in byLine[line]) Annotate(builder, diagnostic, root);
        }
        return builder.ToString();
    }

    public static string RenderOthers(IEnumerable<Diagnostic> diagnostics, string root)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Location.Start;
            var text = Canonical(diagnostic).Replace(Path.GetFullPath(root) + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
            builder.Append(Relative(diagnostic.Location.Path, root)).Append('(').Append(start.Line + 1).Append(',').Append(start.Character + 1)
                .Append("): ").Append(text).Append('\n');
        }
        return builder.ToString();
    }

    private static void Annotate(StringBuilder builder, Diagnostic diagnostic, string root)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        var width = end.Line == start.Line ? Math.Max(1, end.Character - start.Character) : 1;
        builder.Append("//").Append(' ', Math.Max(0, start.Character - 2)).Append('^', width).Append(' ')
            .Append(Canonical(diagnostic)).Append('\n');
        foreach (var related in diagnostic.RelatedLocations)
            builder.Append("//     related ").Append(Relative(related.Location.Path, root)).Append('(')
                .Append(related.Location.Start.Line + 1).Append(',').Append(related.Location.Start.Character + 1).Append("): ")
                .Append(related.Message).Append('\n');
        foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            builder.Append("//     ").Append(key).Append(": ").Append(value).Append('\n');
    }

    private static string Canonical(Diagnostic d)
    {
        var severity = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{severity} {d.Id}: {d.Message}";
    }

    private static string Relative(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
