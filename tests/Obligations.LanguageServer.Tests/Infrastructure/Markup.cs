using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>Test text with cursor positions marked <c>|</c>; the marks are removed from the text.</summary>
public sealed record Markup(string Text, IReadOnlyList<Position> Positions)
{
    public Position Cursor => Positions.Single();

    public static Markup Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var positions = new List<Position>();
        int line = 0, character = 0;
        foreach (var c in marked.Replace("\r\n", "\n"))
        {
            if (c == '|') { positions.Add(new Position(line, character)); continue; }
            text.Append(c);
            if (c == '\n') { line++; character = 0; }
            else character++;
        }
        return new Markup(text.ToString(), positions);
    }
}
