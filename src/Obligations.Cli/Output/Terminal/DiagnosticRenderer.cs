using Obligations.Diagnostics;
using Obligations.Text;

namespace Obligations.Cli.Output.Terminal;

/// <summary>
/// A diagnostic as a person reads it on a terminal, in the manner of Rust and Elm: the canonical line (so that
/// terminals and problem matchers still find the place), the source line with the span underlined, each related
/// place with its own line, and where the code is documented.
/// </summary>
public static class DiagnosticRenderer
{
    public static void Write(TextWriter writer, Diagnostic diagnostic, ColorMode mode)
    {
        var ansi = new Ansi(mode.Colors);
        if (!mode.Snippets)
        {
            writer.WriteLine(diagnostic.ToCanonicalString());
            return;
        }
        var start = diagnostic.Location.Start;
        var (severity, paint) = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ("error", (Func<string, string>)ansi.Red),
            DiagnosticSeverity.Warning => ("warning", ansi.Yellow),
            _ => ("info", ansi.Cyan),
        };
        writer.WriteLine($"{ansi.Bold($"{diagnostic.Location.Path}({start.Line + 1},{start.Character + 1}):")} {paint($"{severity} {diagnostic.Id}:")} {ansi.Bold(diagnostic.Message)}");
        var gutter = Math.Max(Width(diagnostic.Location), diagnostic.RelatedLocations.Select(r => Width(r.Location)).DefaultIfEmpty(0).Max());
        Snippet(writer, diagnostic.Location, '^', paint, ansi, gutter);
        foreach (var related in diagnostic.RelatedLocations)
        {
            var at = related.Location.Start;
            var place = related.Location.Path == diagnostic.Location.Path ? $"line {at.Line + 1}" : $"{related.Location.Path}({at.Line + 1},{at.Character + 1})";
            writer.WriteLine($"{new string(' ', gutter)} {ansi.Blue("=")} {ansi.Bold("note:")} {related.Message} ({place})");
            Snippet(writer, related.Location, '-', ansi.Blue, ansi, gutter);
        }
        writer.WriteLine($"{new string(' ', gutter)} {ansi.Blue("=")} {ansi.Bold("help:")} oblc explain {diagnostic.Id}, or {diagnostic.Descriptor.HelpLink}");
        writer.WriteLine();
    }

    private static int Width(Location location) => (location.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static void Snippet(TextWriter writer, Location location, char mark, Func<string, string> paint, Ansi ansi, int gutter)
    {
        var start = location.Start;
        var end = location.End;
        var line = location.Source.GetLineText(start.Line);
        var expanded = line.Replace("\t", "    ");
        var column = Expand(line, start.Character);
        var endColumn = end.Line == start.Line ? Expand(line, end.Character) : expanded.Length;
        var length = Math.Max(1, endColumn - column);
        var number = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(gutter);
        var bar = ansi.Blue("|");
        writer.WriteLine($"{new string(' ', gutter)} {bar}");
        writer.WriteLine($"{ansi.Blue(number)} {bar} {expanded}");
        var underline = new string(mark, length) + (end.Line > start.Line ? " ..." : string.Empty);
        writer.WriteLine($"{new string(' ', gutter)} {bar} {new string(' ', column)}{paint(underline)}");
    }

    /// <summary>The display column of a character index, with tabs as four spaces.</summary>
    private static int Expand(string line, int index)
    {
        var column = 0;
        for (var i = 0; i < Math.Min(index, line.Length); i++) column += line[i] == '\t' ? 4 : 1;
        return column + Math.Max(0, index - line.Length);
    }
}
