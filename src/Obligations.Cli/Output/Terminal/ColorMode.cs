using System.CommandLine;

namespace Obligations.Cli.Output.Terminal;

/// <summary>
/// How diagnostics look. On a terminal: coloured (unless <c>NO_COLOR</c> is set or <c>--color never</c>) with the
/// source line and a caret under the place. Redirected (a file, a pipe, MSBuild, CI): the canonical one-line form
/// only, unless <c>--color always</c>.
/// </summary>
public sealed record ColorMode(bool Snippets, bool Colors)
{
    public const string Auto = "auto";
    public const string Always = "always";
    public const string Never = "never";

    /// <summary>The canonical one-line form and nothing else.</summary>
    public static ColorMode Plain { get; } = new(false, false);

    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour and source lines in diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never",
            DefaultValueFactory = _ => Auto,
        };
        option.AcceptOnlyFromAmong(Auto, Always, Never);
        return option;
    }

    /// <param name="choice">The <c>--color</c> value.</param>
    /// <param name="isTerminal">Whether the output goes to a terminal.</param>
    /// <param name="noColor">Whether the <c>NO_COLOR</c> environment variable is set to a non-empty value (no-color.org).</param>
    public static ColorMode Resolve(string choice, bool isTerminal, bool noColor) => choice switch
    {
        Always => new(true, true),
        Never => new(isTerminal, false),
        _ => new(isTerminal, isTerminal && !noColor),
    };

    /// <summary>Resolves for <paramref name="writer"/>: a terminal only when it is the console's own, unredirected stream.</summary>
    public static ColorMode For(TextWriter writer, string choice)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) ? !Console.IsOutputRedirected
            : ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
        return Resolve(choice, isTerminal, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }
}
