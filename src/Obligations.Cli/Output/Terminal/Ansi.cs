namespace Obligations.Cli.Output.Terminal;

/// <summary>ANSI SGR sequences, applied only when colours are on.</summary>
public readonly struct Ansi(bool enabled)
{
    public string Red(string text) => Wrap("1;31", text);
    public string Yellow(string text) => Wrap("1;33", text);
    public string Cyan(string text) => Wrap("1;36", text);
    public string Blue(string text) => Wrap("1;34", text);
    public string Green(string text) => Wrap("1;32", text);
    public string Bold(string text) => Wrap("1", text);
    public string Dim(string text) => Wrap("2", text);

    private string Wrap(string code, string text) => enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
